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
 * @param marks  how the workbook shows the cell besides its value: {@link #MISSED}, {@link #CONFLICT},
 *               {@link #ESTIMATED} (or'ed); the CSV file has no styles and ignores them
 */
record ExportCell(Object value, String format, boolean wrap, int marks) {
    /** A missed actual: red. */
    static final int MISSED = 1;
    /** A figure whose statements disagree: orange fill. */
    static final int CONFLICT = 2;
    /** An estimate (预计): italic on light blue, the cell stays a number. */
    static final int ESTIMATED = 4;

    static final ExportCell EMPTY = new ExportCell(null, null, false, 0);

    static ExportCell text(String s) {
        return s == null || s.isEmpty() ? EMPTY : new ExportCell(s, null, false, 0);
    }

    static ExportCell longText(String s) {
        return s == null || s.isEmpty() ? EMPTY : new ExportCell(s, null, true, 0);
    }

    static ExportCell number(Double d, String format) {
        return d == null || d.isNaN() || d.isInfinite() ? EMPTY : new ExportCell(d, format, false, 0);
    }

    static ExportCell integer(Number n) {
        return n == null ? EMPTY : new ExportCell(n.doubleValue(), NumberFormats.INTEGER, false, 0);
    }

    static ExportCell date(LocalDate d) {
        return d == null ? EMPTY : new ExportCell(d, NumberFormats.DATE, false, 0);
    }

    static ExportCell dateTime(LocalDateTime t) {
        return t == null ? EMPTY : new ExportCell(t, NumberFormats.DATE_TIME, false, 0);
    }

    /** The same cell with these marks added; an empty cell stays empty. */
    ExportCell marked(int more) {
        return value == null || more == 0 ? this : new ExportCell(value, format, wrap, marks | more);
    }

    boolean isText() {
        return value instanceof String;
    }
}
