package io.zhibiao.core.extract.number;

/**
 * A number range found in running text, e.g. 大于二十的同时小于等于三十五 -> (20,35].
 * A missing bound is null (unbounded); {@code end} is exclusive. {@code percent} is true when the bounds were
 * written as percentages (控制在3%以内 -> (,3] percent), so the values are percent values.
 */
public record RecognizedRange(int start, int end, String text, Double low, Double high,
                              boolean lowInclusive, boolean highInclusive, boolean percent) {

    /** Interval notation as in the Recognizers-Text specs: "[20,100)", "(30,)", "[170,170]". */
    public String interval() {
        return (lowInclusive && low != null ? "[" : "(") + (low == null ? "" : format(low)) + ","
                + (high == null ? "" : format(high)) + (highInclusive && high != null ? "]" : ")");
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
