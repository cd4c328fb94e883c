package io.zhibiao.core.extract.analysis;

import io.zhibiao.core.extract.catalog.AliasMatch;
import io.zhibiao.core.extract.catalog.CatalogEntry;
import io.zhibiao.core.extract.catalog.IndicatorCatalog;
import io.zhibiao.core.extract.scan.Quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Distributes values over subjects: "城乡居民收入分别增长6.2%、8.8%" (urban, rural), "A、B分别增长x%、y%",
 * "接待游客…,综合收入…,分别增长31.8%、38.2%" (the subjects of the sentence so far), and one value over several
 * subjects: "A、B均增长8%", "A、B、C各增长10%".
 */
public final class DistributiveExpander {
    /** Subjects for {@code count} consecutive quantities starting at the current one (one subject each), or,
     *  for 均/都, several subjects for the current quantity alone ({@code count} = 1). */
    public record Group(int count, List<Subject> subjects) {
    }

    /** Longest head that borrows the tail of the next name: 城镇 (和农村居民收入), 一 (、二、三产增加值). */
    private static final int SHARED_HEAD = 2;
    private static final String LIST_GAP = "、，, 和及与以上左右以内";

    private final IndicatorCatalog catalog;

    public DistributiveExpander(IndicatorCatalog catalog) {
        this.catalog = catalog;
    }

    public Group expand(CharSequence text, List<Quantity> qs, int index, int segFrom, List<Subject> sentenceSubjects) {
        Quantity q = qs.get(index);
        int fenbie = Words.lastIndexOf(text, "分别", segFrom, q.start());
        if (fenbie >= 0) {
            int count = listLength(text, qs, index);
            if (count < 2) {
                // 城镇居民人均可支配收入和农村居民人均可支配收入分别增长7%左右: one value for every name listed
                List<Subject> parts = splitNames(text, segFrom, fenbie);
                return parts.size() >= 2 && parts.stream().allMatch(s -> s.entry() != null) ? new Group(1, parts) : null;
            }
            List<Subject> subjects = namedSubjects(text, segFrom, fenbie, count);
            if (subjects == null) {
                subjects = onePerPartOfYear(text, segFrom, fenbie, count);
            }
            if (subjects == null && SubjectFinder.onlyCues(text, segFrom, fenbie)) {
                subjects = lastDistinct(sentenceSubjects, count);
            }
            return subjects == null ? null : new Group(count, subjects);
        }
        int count = listLength(text, qs, index);
        if (count >= 2) {
            // 城乡居民人均可支配收入达到45893元、20070元: a folded name with one value per member, 分别 left unsaid
            List<Subject> named = splitNames(text, segFrom, q.start());
            List<String> members = named.size() == 1 ? CompoundNames.unfold(named.get(0).name(), count) : null;
            if (members != null) {
                return new Group(count, unfolded(named.get(0), members));
            }
            if (named.size() == count && named.stream().allMatch(n -> n.entry() != null)) {
                // 城镇和农村居民人均可支配收入达到30660元和10730元: as many known names as values, in order
                return new Group(count, named);
            }
        }
        if (count >= 2 && SubjectFinder.onlyCues(text, segFrom, q.start())) {
            // 分别达到29680元、14659元，增长4%和5.5%: a second list of the same names, without a name of its own
            List<Subject> again = lastDistinct(sentenceSubjects, count);
            if (again != null) {
                return new Group(count, again);
            }
        }
        int jun = Math.max(Math.max(Words.lastIndexOf(text, "均", segFrom, q.start()),
                Words.lastIndexOf(text, "都", segFrom, q.start())), Words.lastIndexOf(text, "各", segFrom, q.start()));
        if (jun >= 0) {
            List<Subject> parts = splitNames(text, segFrom, jun);
            if (parts.size() >= 2 && parts.stream().allMatch(s -> s.entry() != null)) {
                return new Group(1, parts);
            }
        }
        return null;
    }

    /**
     * 地区生产总值一季度、上半年、前三季度、全年分别增长3%、3.4%、4%、4.5%: one indicator, then as many parts of the
     * year as values; every value is the indicator's (which part of the year each is for, the reference reads).
     */
    private List<Subject> onePerPartOfYear(CharSequence text, int from, int to, int count) {
        List<AliasMatch> names = catalog.findAll(text, from, to);
        if (names.size() != 1) {
            return null;
        }
        AliasMatch m = names.get(0);
        int parts = YearParts.listed(text, m.end(), to).size();
        if (parts != count) {
            return null;
        }
        Subject one = new Subject(m.entry(), text.subSequence(m.start(), m.end()).toString(), m.start(), m.end(), false);
        return java.util.Collections.nCopies(count, one);
    }

    /** How many quantities, from {@code index}, form a list joined only by 、 and the like. */
    private static int listLength(CharSequence text, List<Quantity> qs, int index) {
        int count = 1;
        for (int j = index + 1; j < qs.size(); j++) {
            int from = qs.get(j - 1).end();
            int to = qs.get(j).start();
            if (to - from > 6) {
                break;
            }
            boolean gapOk = true;
            for (int k = from; k < to && gapOk; k++) {
                gapOk = LIST_GAP.indexOf(text.charAt(k)) >= 0;
            }
            if (!gapOk || to == from || !java.util.Objects.equals(qs.get(j).unit(), qs.get(index).unit())) {
                // 分别增长3.5%和7.5%，10件…: a value of another unit starts the next statement
                break;
            }
            count++;
        }
        return count;
    }

    private List<Subject> namedSubjects(CharSequence text, int from, int to, int count) {
        List<Subject> parts = splitNames(text, from, to);
        if (parts.size() == count) {
            return parts;
        }
        if (parts.size() == 1) {
            // 城乡居民收入, 存贷款余额, 三次产业 分别…: one folded name per listed value
            Subject base = parts.get(0);
            List<String> members = CompoundNames.unfold(base.name(), count);
            if (members != null) {
                return unfolded(base, members);
            }
        }
        return null;
    }

    /** The members of a folded name, each a subject of its own at the folded name's place. */
    private List<Subject> unfolded(Subject base, List<String> members) {
        List<Subject> out = new ArrayList<>(members.size());
        for (String m : members) {
            out.add(new Subject(lookup(m), m, base.start(), base.end(), false));
        }
        return out;
    }

    private CatalogEntry lookup(String name) {
        Optional<CatalogEntry> exact = catalog.lookup(name);
        if (exact.isPresent()) {
            return exact.get();
        }
        List<AliasMatch> m = SubjectFinder.withoutBenchmarks(name, 0, catalog.findAll(name, 0, name.length()));
        if (m.isEmpty()) {
            return null;
        }
        AliasMatch best = m.get(m.size() - 1);
        return SubjectFinder.subsetStart(name, 0, best.start()) >= 0 ? null : best.entry();
    }

    /**
     * "规上工业增加值、固定资产投资" -> two subjects; a single name gives one. A short head before the last
     * name shares its tail: "一、二、三产增加值" -> 一产增加值, 二产增加值, 三产增加值; "城镇和农村居民人均可支配收入"
     * -> 城镇居民…, 农村居民….
     */
    List<Subject> splitNames(CharSequence text, int from, int to) {
        int[] span = SubjectFinder.strip(text, from, to);
        List<int[]> pieces = new ArrayList<>();
        int s = span[0];
        for (int i = span[0]; i <= span[1]; i++) {
            if (i == span[1] || text.charAt(i) == '、' || text.charAt(i) == '和' || text.charAt(i) == '与') {
                int[] part = SubjectFinder.strip(text, s, i);
                if (part[1] > part[0]) {
                    pieces.add(part);
                }
                s = i + 1;
            }
        }
        List<Subject> out = new ArrayList<>();
        String last = pieces.isEmpty() ? null : text.subSequence(pieces.get(pieces.size() - 1)[0],
                pieces.get(pieces.size() - 1)[1]).toString();
        for (int[] part : pieces) {
            String name = text.subSequence(part[0], part[1]).toString();
            CatalogEntry entry = lookup(name);
            if (entry == null) {
                // stripping took 总额 off 社会消费品零售总额: the name with it may be the catalog's
                String whole = withStrippedTail(text, part, to);
                if (whole != null) {
                    name = whole;
                    entry = lookup(whole);
                }
            }
            if (entry == null && last != null && name.length() <= SHARED_HEAD && name.length() < last.length()
                    && lookup(last) != null) {
                String completed = name + last.substring(name.length());
                CatalogEntry shared = lookup(completed);
                if (shared != null) {
                    out.add(new Subject(shared, completed, part[0], part[1], false));
                    continue;
                }
            }
            if (entry == null && last != null && !name.equals(last) && lookup(last) != null) {
                Subject withTail = withSharedTail(name, last, part);
                if (withTail != null) {
                    out.add(withTail);
                    continue;
                }
            }
            if (name.length() >= 2) {
                out.add(new Subject(entry, name, part[0], part[1], false));
            }
        }
        return out;
    }

    /**
     * 农业、规模以上工业、服务业增加值: a listed name the catalog does not know takes the tail of the last name
     * (增加值) when the two make a catalog name as written; the shortest such tail wins.
     */
    private Subject withSharedTail(String name, String last, int[] part) {
        for (int k = last.length() - 2; k >= 1; k--) {
            String completed = name + last.substring(k);
            Optional<CatalogEntry> e = catalog.lookup(completed);
            if (e.isPresent()) {
                return new Subject(e.get(), completed, part[0], part[1], false);
            }
        }
        return null;
    }

    private String withStrippedTail(CharSequence text, int[] part, int limit) {
        for (String w : new String[]{"总额", "总量", "规模"}) {
            int end = part[1] + w.length();
            if (end <= limit && Words.indexOf(text, w, part[1], end) == part[1]) {
                String whole = text.subSequence(part[0], end).toString();
                return lookup(whole) != null ? whole : null;
            }
        }
        return null;
    }

    private static List<Subject> lastDistinct(List<Subject> sentenceSubjects, int count) {
        List<Subject> out = new ArrayList<>();
        for (int i = sentenceSubjects.size() - 1; i >= 0 && out.size() < count; i--) {
            Subject s = sentenceSubjects.get(i);
            if (out.stream().noneMatch(o -> o.name().equals(s.name()))) {
                out.add(0, s.asInherited());
            }
        }
        return out.size() == count ? out : null;
    }
}
