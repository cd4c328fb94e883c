package io.zhibiao.core.detect;

/**
 * Iterates over "2023年" / "2023 年" in a text (years 1900–2099 not preceded by another digit) with a plain
 * scan for 年: a regex with look-behind costs as much as the whole name search on a long report.
 */
final class YearMentions {

    private final String text;
    private int from;
    private int start;
    private int end;
    private int year;

    YearMentions(String text) {
        this.text = text;
    }

    boolean find() {
        for (int i = text.indexOf('年', from); i >= 0; i = text.indexOf('年', i + 1)) {
            int digitsEnd = i > 0 && Character.isWhitespace(text.charAt(i - 1)) ? i - 1 : i;
            int s = digitsEnd - 4;
            if (s >= 0 && isYear(s, digitsEnd) && (s == 0 || !isAsciiDigit(text.charAt(s - 1)))) {
                start = s;
                end = i + 1;
                year = Integer.parseInt(text.substring(s, digitsEnd));
                from = end;
                return true;
            }
        }
        from = text.length();
        return false;
    }

    private boolean isYear(int s, int e) {
        for (int k = s; k < e; k++) {
            if (!isAsciiDigit(text.charAt(k))) {
                return false;
            }
        }
        char c0 = text.charAt(s);
        char c1 = text.charAt(s + 1);
        return c0 == '1' && c1 == '9' || c0 == '2' && c1 == '0';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    int year() {
        return year;
    }
}
