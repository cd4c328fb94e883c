package io.zhibiao.core.export;

import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Qualifier;

/**
 * Excel number formats. Growth and rates show one decimal (8.0 means 8%: the unit column says %);
 * money amounts two decimals with thousands separators; counts (家, 个, 人) whole numbers. A qualifier
 * is shown inside the format ("≥"0.0) so the cell stays a number that sorts and sums.
 */
final class NumberFormats {
    static final String GROWTH = "0.0";
    static final String AMOUNT = "#,##0.00";
    static final String COUNT = "#,##0";
    static final String INTEGER = "0";
    /** A change in percentage points, signed: +0.5, -1.0, 0.0. */
    static final String POINTS = "+0.0;-0.0;0.0";
    /** A mean or median of targets: two decimals (the mean of 5 and 5.5 is 5.25). */
    static final String MEAN = "0.00";
    static final String DATE = "yyyy-mm-dd";
    static final String DATE_TIME = "yyyy-mm-dd hh:mm:ss";

    private NumberFormats() {
    }

    /** The format of a stated value. */
    static String forValue(Measure measure, String unit, Double value) {
        if (measure == Measure.GROWTH || measure == Measure.RATE || "%".equals(unit) || "百分点".equals(unit)) {
            return GROWTH;
        }
        boolean money = unit != null && unit.contains("元");
        if (!money && value != null && value == Math.rint(value) && Math.abs(value) < 1e15) {
            return COUNT;
        }
        return AMOUNT;
    }

    /** The format with the qualifier's symbol in front, for target cells (≥8.0, ≈3.0, ≤3.0). */
    static String withQualifier(String format, Qualifier qualifier) {
        if (qualifier == null || qualifier == Qualifier.EQ || qualifier == Qualifier.RANGE) {
            return format;
        }
        return "\"" + qualifier.symbol() + "\"" + format;
    }

    /** A number as reports write it: 8 for 8.0, 13.8 for 13.8, no exponent; "" for null. */
    static String plain(Double d) {
        if (d == null) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
