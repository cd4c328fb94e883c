package io.zhibiao.core.corpus;

/**
 * One-to-one character normalisation for extraction: full-width digits, Latin letters, %, ., parentheses,
 * + - / become ASCII. Chinese punctuation (，。、；：) is left alone because it carries sentence structure.
 */
final class WidthNormalizer {

    private static final int FULL_TO_HALF = 0xFEE0;

    private WidthNormalizer() {
    }

    static char toHalfWidth(char c) {
        if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
            return (char) (c - FULL_TO_HALF);
        }
        return switch (c) {
            case '％', '﹪' -> '%';
            case '．' -> '.';
            case '（' -> '(';
            case '）' -> ')';
            case '＋' -> '+';
            case '－' -> '-';
            case '／' -> '/';
            default -> c;
        };
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\f';
    }

    /** Invisible characters that only break number matching ("96\u200B.03"); dropping them moves nothing. */
    static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u2060';
    }

    static boolean isBullet(char c) {
        return c == '•' || c == '●' || c == '◆' || c == '◇' || c == '■' || c == '▪' || c == '★' || c == '▶' || c == '►';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
