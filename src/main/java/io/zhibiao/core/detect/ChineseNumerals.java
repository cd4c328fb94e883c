package io.zhibiao.core.detect;

/**
 * Parses the small numbers of datelines, written in ASCII digits or in Chinese (二〇二三, 十二, 二十四).
 */
final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    static int parse(String s) {
        String t = s.replace('零', '〇').replace('○', '〇').replace('Ｏ', '〇').replace('两', '二').trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("empty number");
        }
        if (t.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(t);
        }
        if (!t.contains("十")) {
            int v = 0;
            for (char c : t.toCharArray()) {
                int d = digit(c);
                v = v * 10 + d;
            }
            return v;
        }
        int ten = t.indexOf('十');
        int tens = ten == 0 ? 1 : digit(t.charAt(ten - 1));
        int ones = ten == t.length() - 1 ? 0 : digit(t.charAt(ten + 1));
        return tens * 10 + ones;
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        int d = DIGITS.indexOf(c);
        if (d < 0) {
            throw new IllegalArgumentException("not a numeral: " + c);
        }
        return d;
    }
}
