package io.zhibiao.core.model;

/**
 * One quantitative statement found in a report. Offsets {@code start}/{@code end} point into the
 * document's original text (end exclusive). {@code value} is null for qualitative targets; for ranges
 * {@code low}/{@code high} hold the bounds and {@code value} the lower bound.
 */
public record IndicatorValue(String code, String name, Measure measure, ValueKind kind, Integer year,
                             Double value, String unit, Double normalizedValue, String normalizedUnit,
                             Qualifier qualifier, Double low, Double high,
                             boolean stretch, boolean estimated, boolean qualitative,
                             int start, int end, String sentence, double confidence) {
}
