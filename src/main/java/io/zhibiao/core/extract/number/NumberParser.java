package io.zhibiao.core.extract.number;

/** Parses a written number (Arabic, Chinese or mixed) into its value. */
public final class NumberParser {
    private NumberParser() {
    }

    /**
     * The value of {@code text}, e.g. "1.57万" -> 15700, "百分之八" -> 8, "12.5%" -> 12.5, "１２．５" -> 12.5,
     * "一百零五" -> 105, "半" -> 0.5; null if the whole text (surrounding blanks aside) is not one number.
     */
    public static Double parse(String text) {
        if (text == null) {
            return null;
        }
        int start = 0;
        int limit = text.length();
        while (start < limit && isBlank(text.charAt(start))) {
            start++;
        }
        while (limit > start && isBlank(text.charAt(limit - 1))) {
            limit--;
        }
        if (start == limit) {
            return null;
        }
        if (limit - start == 1 && text.charAt(start) == '半') {
            return 0.5;
        }
        if (text.charAt(limit - 1) == '%' || text.charAt(limit - 1) == '％') {
            limit--;
        } else {
            int afterPrefix = percentPrefixEnd(text, start, limit);
            if (afterPrefix > 0) {
                start = afterPrefix;
                if (limit - start == 1 && (text.charAt(start) == '百' || text.charAt(start) == '佰')) {
                    return 100.0; // 百分之百
                }
            }
        }
        NumberScanner scanner = new NumberScanner();
        if (!scanner.scan(text, start, limit) || scanner.end != limit || scanner.approximate) {
            return null;
        }
        return scanner.value;
    }

    /** After a leading 百分之 (spaces allowed), or -1. */
    private static int percentPrefixEnd(String text, int start, int limit) {
        if (text.charAt(start) != '百' && text.charAt(start) != '佰') {
            return -1;
        }
        return NumberScanner.skipFenZhi(text, start + 1, limit);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || NumeralChars.isSpace(c);
    }
}
