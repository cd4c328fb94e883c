package io.zhibiao.core.extract.analysis;

import io.zhibiao.core.extract.scan.Quantity;
import io.zhibiao.core.model.Measure;

/**
 * Growth, level or rate, from the unit, the verb between subject and number, and the subject itself.
 * A decline (下降3%) is a negative growth; 下降到/降至 give the level reached, not a change.
 */
public final class MeasureReader {
    private static final String[] GROWTH_VERBS = {"增长", "增速", "增幅", "涨幅", "下降", "降低", "减少", "回落", "上涨",
            "增加", "提高", "提升", "上升", "收窄", "下滑", "负增长"};
    private static final String[] DECLINE_VERBS = {"下降", "降低", "减少", "回落", "下滑", "收窄", "负增长"};
    private static final String[] TO_LEVEL = {"到", "至"};
    private static final String[] RATE_SUFFIXES = {"率", "比重", "占比", "比例", "强度", "系数", "比率"};

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
        boolean rateWord = Words.containsAny(text, zoneFrom, zoneTo, "占", "比重", "占比");
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
