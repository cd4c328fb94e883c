package io.zhibiao.core.extract.analysis;

import io.zhibiao.core.dictionary.PhraseTrie;
import io.zhibiao.core.extract.scan.Quantity;
import io.zhibiao.core.model.Scope;

/**
 * Whose figure a value is: the region's, per head, or a part's (a zone, a partner in trade, a sector, a
 * place, 其中…), read from the words right before the indicator's name. One instance per text.
 */
final class ScopeReader {
    /** A value's scope and, for a part, the part's name as written. */
    record Whose(Scope scope, String name) {
    }

    private static final Whose REGION = new Whose(Scope.REGION, null);
    /** How far before an indicator's name a part's name may start (临港新片区, 南疆五地州). */
    private static final int PART_REACH = 12;
    /** How far into a list's first item a part's name may end (力争开发区…, 全市各县域…). */
    private static final int LIST_HEAD = 8;

    private final String text;
    private final ReferenceCues cues;
    private final PlaceNames places;

    ScopeReader(String text, ReferenceCues cues, PlaceNames places) {
        this.text = text;
        this.cues = cues;
        this.places = places;
    }

    /**
     * @param wholeCode the indicator of the value before this one, the whole a 其中 may open a part of
     */
    Whose read(Quantity q, Subject subject, int sentenceStart, int clauseStart, int zoneFrom, String wholeCode) {
        if (perCapita(q, subject, clauseStart, zoneFrom)) {
            return new Whose(Scope.PER_CAPITA, null);
        }
        String part = part(subject, clauseStart, sentenceStart, wholeCode);
        return part == null ? REGION : new Whose(Scope.PART, part);
    }

    private boolean perCapita(Quantity q, Subject subject, int clauseStart, int zoneFrom) {
        if (subject.name().contains("人均") || subject.entry() != null && subject.entry().nameZh().contains("人均")) {
            return false;
        }
        if (!subject.inherited() && endsWith(cues.perCapita, subject.start(), 2)) {
            return true;
        }
        // 地区生产总值…人均达13.7万元: the words right after the name or at the clause's start
        int at = subject.inherited() ? clauseStart : zoneFrom;
        int limit = Math.min(q.start(), at + 3);
        return cues.perCapita.lastIn(text, at, limit, (w, s, e) -> w) != null;
    }

    /**
     * The part named right before the indicator (临港新片区, 对俄, 其中), or null for the region itself.
     *
     * @param wholeCode the indicator of the value before, the whole a 其中 may open a part of
     */
    private String part(Subject subject, int clauseStart, int sentenceStart, String wholeCode) {
        String named = partInName(subject);
        if (named != null) {
            return named;
        }
        if (!subject.inherited()) {
            int from = Math.max(clauseStart, subject.start() - PART_REACH);
            // 其中对俄进出口总额: the partner is the part's name, 其中 only introduces it
            String partner = partner(subject, Math.max(sentenceStart, subject.start() - PART_REACH));
            if (partner != null) {
                return partner;
            }
            String sector = sector(subject, from);
            if (sector != null) {
                return sector;
            }
            PhraseTrie.Match<String> cue = cues.part.lastIn(text, from, subject.start(), PhraseTrie.Hit.match());
            if (cue != null && subject.start() - cue.end() <= 1) {
                return nameEndingAt(cue.end(), Math.max(clauseStart, from));
            }
            String ofWhich = cues.ofWhich.lastIn(text, from, subject.start(), (w, s, e) -> w);
            if (ofWhich != null) {
                return partOfTheSameWhole(subject, wholeCode) ? ofWhich : null;
            }
            String place = places.endingAt(text, subject.start(), from);
            if (place == null && subject.start() - 1 > from && text.charAt(subject.start() - 1) == '的') {
                place = places.endingAt(text, subject.start() - 1, from);
            }
            if (place != null && !isLeadIn(place)) {
                return place;
            }
            String listHead = partHeadingTheList(clauseStart, subject.start());
            if (listHead != null) {
                return listHead;
            }
            String opening = partOpeningTheSentence(sentenceStart, subject.start());
            if (opening != null) {
                return opening;
            }
        }
        // 其中，工业税收…: the clause before is just 其中
        int before = Math.max(sentenceStart, clauseStart - 3);
        String lead = clauseStart > sentenceStart ? cues.ofWhich.lastIn(text, before, clauseStart, (w, s, e) -> w) : null;
        return lead != null && partOfTheSameWhole(subject, wholeCode) ? lead : null;
    }

    /**
     * 税收收入增长5%，其中工业税收增长8%: after 其中, a figure of the indicator just named is a part's; another
     * indicator's (地区生产总值增长4%。其中，一、二、三产增加值分别增长…; 其中工业投资增长8%) is the region's own.
     */
    private static boolean partOfTheSameWhole(Subject subject, String wholeCode) {
        return subject.code() == null || subject.code().equals(wholeCode);
    }

    /** 对共建“一带一路”国家进出口, 对中亚五国、东盟进出口: the trade with a partner named before the indicator. */
    private String partner(Subject subject, int from) {
        if (subject.entry() == null || !cues.partnerCategories.contains(subject.entry().category())) {
            return null;
        }
        Integer at = cues.partner.lastIn(text, from, subject.start(), (w, s, e) -> s);
        if (at == null || covered(cues.partnerNot, at)) {
            return null;
        }
        for (int k = at + 1; k < subject.start(); k++) {
            char c = text.charAt(k);
            if (!isNameChar(c) && c != '、') {
                return null;
            }
        }
        int end = subject.start();
        while (end > at + 1 && text.charAt(end - 1) == '、') {
            end--;
        }
        return at + 1 < end ? text.substring(at, end) : null;
    }

    /** 数字经济增长, 县域经济总量: a name opening with a [sector_head] word after a noun is that sector's. */
    private String sector(Subject subject, int from) {
        int s = subject.start();
        if (s <= from || !Words.isCjk(text.charAt(s - 1))
                || cues.sectorHead.longestAt(text, s, subject.end(), (w, a, e) -> w) == null
                || endsWith(cues.leadIn, s, cues.leadIn.longest())) {
            return null;
        }
        return nameEndingAt(s, from);
    }

    /** Whether a word of the trie covers the character at {@code pos} (面对 and 对外 cover 对). */
    private boolean covered(PhraseTrie<String> trie, int pos) {
        for (int s = Math.max(0, pos - trie.longest() + 1); s <= pos; s++) {
            Integer end = trie.longestAt(text, s, Math.min(text.length(), s + trie.longest()), (w, a, e) -> e);
            if (end != null && end > pos) {
                return true;
            }
        }
        return false;
    }

    /**
     * 加工贸易、跨境电商进出口分别增长…: a listed name that is no catalog name of its own but opens with a part's cue
     * word is that part's.
     */
    private String partInName(Subject subject) {
        String name = subject.name();
        if (subject.entry() == null || name == null || name.equals(subject.entry().nameZh())
                || subject.entry().aliases().contains(name)) {
            return null;
        }
        Integer end = cues.part.longestAt(name, 0, name.length(), (w, s, e) -> e);
        return end != null && end < name.length() && !name.startsWith("其中") ? name.substring(0, end) : null;
    }

    /** 全州 is a county of 广西 and the way every 自治州 says "the whole prefecture": a lead-in word is never a place. */
    private boolean isLeadIn(String name) {
        Integer end = cues.leadIn.longestAt(name, 0, name.length(), (w, s, e) -> e);
        return end != null && end == name.length();
    }

    /**
     * 力争开发区签约项目增长30%以上、工业投资增长22%以上、规上工业增加值增长12%以上: a part named at the head of a
     * list is the part of every item of it, however far the item stands.
     */
    private String partHeadingTheList(int clauseStart, int nameStart) {
        int k = clauseStart;
        for (Integer lead = leadEnd(k); lead != null; lead = leadEnd(k)) {
            k = lead;
        }
        int limit = Math.min(nameStart, k + LIST_HEAD);
        PhraseTrie.Match<String> cue = cues.areaPart.lastIn(text, k, limit, PhraseTrie.Hit.match());
        if (cue == null || Words.indexOf(text, "、", cue.end(), nameStart) < 0) {
            return null;
        }
        return nameEndingAt(cue.end(), k);
    }

    /**
     * 临港新片区新一轮市级支持政策出台，…，规模以上工业总产值、全社会固定资产投资总额分别增长22.5%和10.3%: an area that
     * opens the sentence is what its figures are of, unless a lead-in (全市…) takes the region back before the name.
     */
    private String partOpeningTheSentence(int sentenceStart, int nameStart) {
        int k = sentenceStart;
        while (k < nameStart && !Words.isCjk(text.charAt(k))) {
            k++;
        }
        int limit = Math.min(nameStart, k + LIST_HEAD);
        PhraseTrie.Match<String> cue = cues.areaPart.lastIn(text, k, limit, PhraseTrie.Hit.match());
        if (cue == null || cues.wholeRegion.lastIn(text, cue.end(), nameStart, (w, s, e) -> w) != null) {
            return null;
        }
        return nameEndingAt(cue.end(), k);
    }

    private Integer leadEnd(int at) {
        Integer lead = cues.leadIn.longestAt(text, at, text.length(), (w, s, e) -> e);
        return lead != null ? lead : cues.stretchLead.longestAt(text, at, text.length(), (w, s, e) -> e);
    }

    /** The name that ends with a part's cue word: the Chinese characters before it, without a lead-in word. */
    private String nameEndingAt(int end, int floor) {
        int s = end;
        while (s > floor && isNameChar(text.charAt(s - 1))) {
            s--;
        }
        // 全市临港新片区: a lead-in word (全市, 其中…) before the part's name is not part of it
        Integer lead = cues.leadIn.longestAt(text, s, end, (w, a, e) -> e);
        return lead != null && lead < end ? text.substring(lead, end) : text.substring(s, end);
    }

    private static boolean isNameChar(char c) {
        return Words.isCjk(c) || c == '“' || c == '”' || c == '"';
    }

    private boolean endsWith(PhraseTrie<String> trie, int pos, int reach) {
        return trie.endingAt(text, Math.max(0, pos - reach), pos, (w, s, e) -> w) != null;
    }
}
