package io.zhibiao.core.extract.analysis;

import io.zhibiao.core.extract.cues.ValueWords;
import io.zhibiao.core.extract.scan.Quantity;
import io.zhibiao.core.model.Measure;

/**
 * Growth, level or rate, from the unit, the verb between subject and number, and the subject itself.
 * A decline (下降3%) is a negative growth; 下降到/降至 give the level reached, not a change.
 */
public final class MeasureReader {
    private static final String[] GROWTH_VERBS = ValueWords.GROWTH_VERBS;
    private static final String[] DECLINE_VERBS = ValueWords.DECLINE_VERBS;
    private static final String[] TO_LEVEL = ValueWords.TO_LEVEL;
    private static final String[] RATE_SUFFIXES = ValueWords.RATE_SUFFIXES;

    private MeasureReader() {
    }

    /** The measure of {@code q}; {@code zone} is the text between the subject and the number. */
    public static Measure read(CharSequence text, int zoneFrom, int zoneTo, Quantity q, Subject subject) {
        if (!q.isRatioUnit()) {
            return Measure.LEVEL;
        }
        boolean growthVerb = false;
        for (String v : GROWTH_VERBS) {
            int at = Words.lastIndexOf(text, v, zoneFrom, zoneTo);
            if (at >= 0 && Words.startingAt(text, at + v.length(), zoneTo, TO_LEVEL) == null) {
                growthVerb = true;
                break;
            }
        }
        boolean rateWord = Words.containsAny(text, zoneFrom, zoneTo, ValueWords.RATE_WORDS);
        boolean rateName = subject != null && endsWithAny(subject.name(), RATE_SUFFIXES);
        if (q.isPoints() && growthVerb) {
            return Measure.GROWTH;
        }
        if (rateWord || rateName) {
            return Measure.RATE;
        }
        if (subject != null && subject.entry() != null && subject.entry().onlyRate()) {
            return Measure.RATE;
        }
        if (growthVerb) {
            return Measure.GROWTH;
        }
        if (subject != null && subject.entry() != null && subject.entry().measures().contains(Measure.GROWTH)
                && !subject.entry().measures().contains(Measure.RATE)) {
            return Measure.GROWTH;
        }
        return Measure.RATE;
    }

    /** True when the growth in the zone is a decline, so the value is negative. */
    public static boolean isDecline(CharSequence text, int zoneFrom, int zoneTo) {
        for (String v : DECLINE_VERBS) {
            int at = Words.lastIndexOf(text, v, zoneFrom, zoneTo);
            if (at >= 0 && Words.startingAt(text, at + v.length(), zoneTo, TO_LEVEL) == null) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAny(String s, String[] suffixes) {
        for (String x : suffixes) {
            if (s.endsWith(x)) {
                return true;
            }
        }
        return false;
    }
}
