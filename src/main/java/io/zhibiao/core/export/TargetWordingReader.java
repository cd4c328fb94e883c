package io.zhibiao.core.export;

import io.zhibiao.core.compare.Observation;
import io.zhibiao.core.dictionary.PhraseTrie;
import io.zhibiao.core.extract.cues.CueFile;
import io.zhibiao.core.model.TargetWording;

/**
 * Reads how firmly a target is worded (hard, soft or a bare number) from the words of
 * {@code target-wording.txt} around its number in its sentence; the file's header states the rule.
 */
final class TargetWordingReader {
    static final String RESOURCE = "/io/zhibiao/core/export/target-wording.txt";

    /** How a target reads and the word that made it so (null for a bare number or a stretch without its word). */
    record Reading(TargetWording wording, String cue) {
    }

    private record Cue(String word, TargetWording wording, boolean lead) {
    }

    private static final PhraseTrie<Cue> CUES = new PhraseTrie<>();
    private static final String CLAUSE_MARKS;

    static {
        CueFile file = CueFile.load(RESOURCE);
        add(file, "hard_lead", TargetWording.HARD, true);
        add(file, "hard_clause", TargetWording.HARD, false);
        add(file, "soft_lead", TargetWording.SOFT, true);
        add(file, "soft_clause", TargetWording.SOFT, false);
        CLAUSE_MARKS = file.chars("clause_marks");
    }

    private TargetWordingReader() {
    }

    private static void add(CueFile file, String section, TargetWording wording, boolean lead) {
        for (String w : file.lines(section)) {
            CUES.add(w, new Cue(w, wording, lead));
        }
    }

    /** @param sentence the target's sentence, or null when the store has none (the wording is then plain) */
    static Reading read(Observation target, String sentence) {
        Reading r = read(sentence, target.value());
        if (target.stretch() && r.wording() != TargetWording.SOFT) {
            return new Reading(TargetWording.SOFT, null);
        }
        return r;
    }

    static Reading read(String sentence, Double value) {
        if (sentence == null || sentence.isEmpty()) {
            return new Reading(TargetWording.PLAIN, null);
        }
        int at = value == null ? -1 : numberAt(sentence, NumberFormats.plain(value));
        if (at < 0) {
            // the number is written in words or otherwise: the sentence as a whole is its clause
            return inClause(sentence, 0, sentence.length(), 0);
        }
        int from = at;
        while (from > 0 && CLAUSE_MARKS.indexOf(sentence.charAt(from - 1)) < 0) {
            from--;
        }
        int to = at;
        while (to < sentence.length() && CLAUSE_MARKS.indexOf(sentence.charAt(to)) < 0) {
            to++;
        }
        return inClause(sentence, from, to, 0);
    }

    /** The clause's own words; without any, the nearest lead word before it in {@code [leadFrom, from)}. */
    private static Reading inClause(String s, int from, int to, int leadFrom) {
        Cue soft = null;
        Cue hard = null;
        for (PhraseTrie.Match<Cue> m : CUES.findAll(s, from, to, PhraseTrie.Hit.match())) {
            if (m.value().wording() == TargetWording.SOFT && soft == null) {
                soft = m.value();
            } else if (m.value().wording() == TargetWording.HARD && hard == null) {
                hard = m.value();
            }
        }
        Cue chosen = soft != null ? soft : hard;
        if (chosen == null) {
            PhraseTrie.Match<Cue> lead = lastLead(s, leadFrom, from);
            chosen = lead == null ? null : lead.value();
        }
        return chosen == null ? new Reading(TargetWording.PLAIN, null) : new Reading(chosen.wording(), chosen.word());
    }

    /** Where the number stands on its own (6 in 增长6%, not in 2026年 or 16.5); -1 if nowhere. */
    static int numberAt(String s, String number) {
        for (int at = s.indexOf(number); at >= 0; at = s.indexOf(number, at + 1)) {
            int end = at + number.length();
            if ((at == 0 || !partOfNumber(s.charAt(at - 1))) && (end == s.length() || !partOfNumber(s.charAt(end)))) {
                return at;
            }
        }
        return -1;
    }

    private static boolean partOfNumber(char c) {
        return c >= '0' && c <= '9' || c == '.';
    }

    private static PhraseTrie.Match<Cue> lastLead(String s, int from, int to) {
        for (int end = to; end > from; ) {
            PhraseTrie.Match<Cue> m = CUES.lastIn(s, from, end, PhraseTrie.Hit.match());
            if (m == null) {
                return null;
            }
            if (m.value().lead()) {
                return m;
            }
            end = m.start();
        }
        return null;
    }
}
