package io.zhibiao.core.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Text of one CSV field. Text that a spreadsheet would run as a formula (it starts with = + - @, or a
 * tab or carriage return that Excel strips first) gets a leading apostrophe, the neutralisation OWASP
 * recommends; numbers are written as plain numbers, so -5.0 stays a negative number.
 */
final class CsvCells {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CsvCells() {
    }

    static boolean looksLikeFormula(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                || c == '＝' || c == '＋' || c == '－' || c == '＠';
    }

    static String field(ExportCell cell) {
        Object v = cell.value();
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return number(d);
        }
        if (v instanceof LocalDateTime t) {
            return DATE_TIME.format(t);
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        String s = v.toString();
        return quote(looksLikeFormula(s) ? "'" + s : s);
    }

    private static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** RFC 4180: quote when the field holds a separator, quote or line break; double inner quotes. */
    private static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
