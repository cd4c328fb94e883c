package io.zhibiao.core.model;

/**
 * One quantitative statement found in a report. Offsets {@code start}/{@code end} point into the
 * document's original text (end exclusive). {@code value} is null for qualitative targets; for ranges
 * {@code low}/{@code high} hold the bounds and {@code value} the lower bound.
 *
 * <p>{@code basis}, {@code periodFrom}/{@code periodTo}, {@code scope} and {@code scopeName} say what the
 * figure refers to: only an {@link Basis#ANNUAL} figure of the {@link Scope#REGION} is the region's result or
 * target for {@code year}; a period figure carries its years (when the text gives them), a part its name.
 */
public record IndicatorValue(String code, String name, Measure measure, ValueKind kind, Integer year,
                             Double value, String unit, Double normalizedValue, String normalizedUnit,
                             Qualifier qualifier, Double low, Double high,
                             boolean stretch, boolean estimated, boolean qualitative,
                             int start, int end, String sentence, double confidence,
                             Basis basis, Integer periodFrom, Integer periodTo, Scope scope, String scopeName) {
    public IndicatorValue {
        basis = basis == null ? Basis.ANNUAL : basis;
        scope = scope == null ? Scope.REGION : scope;
    }

    /** A value of the year and of the region itself, the most common reading. */
    public IndicatorValue(String code, String name, Measure measure, ValueKind kind, Integer year,
                          Double value, String unit, Double normalizedValue, String normalizedUnit,
                          Qualifier qualifier, Double low, Double high,
                          boolean stretch, boolean estimated, boolean qualitative,
                          int start, int end, String sentence, double confidence) {
        this(code, name, measure, kind, year, value, unit, normalizedValue, normalizedUnit, qualifier, low, high,
                stretch, estimated, qualitative, start, end, sentence, confidence, Basis.ANNUAL, null, null,
                Scope.REGION, null);
    }

    /** True for the region's own figure of one year: what a headline table, pairing and the Panel show. */
    public boolean isRegionYearFigure() {
        return basis == Basis.ANNUAL && scope == Scope.REGION;
    }

    public IndicatorValue withSpan(int newStart, int newEnd) {
        return new IndicatorValue(code, name, measure, kind, year, value, unit, normalizedValue, normalizedUnit,
                qualifier, low, high, stretch, estimated, qualitative, newStart, newEnd, sentence, confidence,
                basis, periodFrom, periodTo, scope, scopeName);
    }

    public IndicatorValue withSpanSentenceConfidence(int newStart, int newEnd, String newSentence, double newConfidence) {
        return new IndicatorValue(code, name, measure, kind, year, value, unit, normalizedValue, normalizedUnit,
                qualifier, low, high, stretch, estimated, qualitative, newStart, newEnd, newSentence, newConfidence,
                basis, periodFrom, periodTo, scope, scopeName);
    }

    public IndicatorValue withConfidence(double newConfidence) {
        return new IndicatorValue(code, name, measure, kind, year, value, unit, normalizedValue, normalizedUnit,
                qualifier, low, high, stretch, estimated, qualitative, start, end, sentence, newConfidence,
                basis, periodFrom, periodTo, scope, scopeName);
    }
}
