package io.zhibiao.core.export;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One cell of an exported table, independent of the file format: text, a number with its Excel number
 * format, or a date. The same rows feed the workbook and the CSV file.
 *
 * @param value  a String, Double, LocalDate, LocalDateTime, or null for an empty cell
 * @param format the Excel number format for numbers and dates; null for text
 * @param wrap   long text that wraps in its cell (sentences, titles)
 */
record ExportCell(Object value, String format, boolean wrap) {
    static final ExportCell EMPTY = new ExportCell(null, null, false);

    static ExportCell text(String s) {
        return s == null || s.isEmpty() ? EMPTY : new ExportCell(s, null, false);
    }

    static ExportCell longText(String s) {
        return s == null || s.isEmpty() ? EMPTY : new ExportCell(s, null, true);
    }

    static ExportCell number(Double d, String format) {
        return d == null || d.isNaN() || d.isInfinite() ? EMPTY : new ExportCell(d, format, false);
    }

    static ExportCell integer(Number n) {
        return n == null ? EMPTY : new ExportCell(n.doubleValue(), NumberFormats.INTEGER, false);
    }

    static ExportCell date(LocalDate d) {
        return d == null ? EMPTY : new ExportCell(d, NumberFormats.DATE, false);
    }

    static ExportCell dateTime(LocalDateTime t) {
        return t == null ? EMPTY : new ExportCell(t, NumberFormats.DATE_TIME, false);
    }

    boolean isText() {
        return value instanceof String;
    }
}
