package io.zhibiao.core.model;

import java.util.Objects;

/**
 * What an analyst holds the figure of a row to be: value, unit and indicator code. Two readings agree when
 * all three are the same; the value is compared as written, so 6 and 6.0 are the same.
 */
public record FigureReading(Double value, String unit, String code) {
    public static FigureReading of(IndicatorValue v) {
        return new FigureReading(v.value(), v.unit(), v.code());
    }

    /** The same value, unit and code. */
    public boolean sameAs(FigureReading other) {
        return Objects.equals(value, other.value) && Objects.equals(unit, other.unit)
                && Objects.equals(code, other.code);
    }

    /** A short, locale-free form, e.g. "6.5 % gdp_growth", also the category agreement counts by. */
    public String text() {
        String v = value == null ? "-" : value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.valueOf(value.longValue()) : String.valueOf(value);
        return v + (unit == null ? "" : " " + unit) + (code == null ? "" : " " + code);
    }
}
