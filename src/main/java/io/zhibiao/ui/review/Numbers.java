package io.zhibiao.ui.review;

import io.zhibiao.core.compare.AlignedTable;
import io.zhibiao.core.extract.number.NumberParser;

/** Reading and writing numbers in the review forms; accepts 1,234.5 and Chinese numerals alike. */
final class Numbers {
    private Numbers() {
    }

    static String text(Double d) {
        return d == null ? "" : AlignedTable.ValueFormat.plain(d);
    }

    static Double parse(String s, String field) {
        if (s == null || s.isBlank()) {
            return null;
        }
        Double d = NumberParser.parse(s.strip());
        if (d == null) {
            throw new IllegalArgumentException(field + ": \"" + s.strip() + "\"");
        }
        return d;
    }

    static Integer parseYear(String s, String field) {
        try {
            int y = Integer.parseInt(s.strip());
            if (y < 1949 || y > 2100) {
                throw new NumberFormatException();
            }
            return y;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": \"" + s.strip() + "\"");
        }
    }
}
