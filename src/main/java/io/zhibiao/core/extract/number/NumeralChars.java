package io.zhibiao.core.extract.number;

/**
 * Character classes for written numbers, looked up in flat tables so the scanners never branch on strings.
 * Covers Arabic (ASCII and full-width) digits, everyday, financial and traditional Chinese numerals.
 */
final class NumeralChars {
    /** Not a numeral character. */
    static final byte NONE = 0;
    static final byte ARABIC = 1;
    static final byte CHINESE_DIGIT = 2;
    static final byte SMALL_UNIT = 3;
    static final byte BIG_UNIT = 4;

    private static final byte[] KIND = new byte[65536];
    private static final long[] VALUE = new long[65536];

    static {
        for (char c = '0'; c <= '9'; c++) {
            put(c, ARABIC, c - '0');
            put((char) ('０' + (c - '0')), ARABIC, c - '0');
        }
        digits("零〇", 0);
        digits("一壹", 1);
        digits("二两俩倆兩贰貳弍", 2);
        digits("三叁參", 3);
        digits("四肆", 4);
        digits("五伍", 5);
        digits("六陆陸", 6);
        digits("七柒", 7);
        digits("八捌", 8);
        digits("九玖", 9);
        units("十拾", SMALL_UNIT, 10);
        units("百佰", SMALL_UNIT, 100);
        units("千仟", SMALL_UNIT, 1000);
        units("万萬", BIG_UNIT, 10_000L);
        units("亿億", BIG_UNIT, 100_000_000L);
        units("兆", BIG_UNIT, 1_000_000_000_000L);
    }

    private NumeralChars() {
    }

    private static void put(char c, byte kind, long value) {
        KIND[c] = kind;
        VALUE[c] = value;
    }

    private static void digits(String chars, long value) {
        for (int i = 0; i < chars.length(); i++) {
            put(chars.charAt(i), CHINESE_DIGIT, value);
        }
    }

    private static void units(String chars, byte kind, long value) {
        for (int i = 0; i < chars.length(); i++) {
            put(chars.charAt(i), kind, value);
        }
    }

    static byte kind(char c) {
        return KIND[c];
    }

    /** Digit value, or the multiplier of a unit character. */
    static long value(char c) {
        return VALUE[c];
    }

    static boolean isArabic(char c) {
        return KIND[c] == ARABIC;
    }

    static boolean isChineseDigit(char c) {
        return KIND[c] == CHINESE_DIGIT;
    }

    static boolean isUnit(char c) {
        byte k = KIND[c];
        return k == SMALL_UNIT || k == BIG_UNIT;
    }

    static boolean isChineseNumeral(char c) {
        byte k = KIND[c];
        return k >= CHINESE_DIGIT;
    }

    /** 两/俩 count things ("两个") but are never read as a decimal digit after 点. */
    static boolean isLiang(char c) {
        return c == '两' || c == '兩' || c == '俩' || c == '倆';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0';
    }

    static boolean isDecimalPoint(char c) {
        return c == '.' || c == '．';
    }

    static boolean isChinesePoint(char c) {
        return c == '点' || c == '點';
    }

    static boolean isMinus(char c) {
        return c == '-' || c == '－' || c == '负' || c == '負' || c == '−';
    }

    static boolean isComma(char c) {
        return c == ',' || c == '，';
    }

    static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 'ａ' && c <= 'ｚ') || (c >= 'Ａ' && c <= 'Ｚ');
    }

    /** Placeholders for an unknown digit before a unit: 十余万, 一千多万, 二十几万. */
    static boolean isApproximation(char c) {
        return c == '余' || c == '多' || c == '几' || c == '幾' || c == '餘';
    }

    static int arabicValue(char c) {
        return (int) VALUE[c];
    }
}
