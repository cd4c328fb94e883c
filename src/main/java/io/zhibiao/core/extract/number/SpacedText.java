package io.zhibiao.core.extract.number;

/**
 * Matching in text where spaces may stand between characters
 * ("小于 或 等于100", "百 分 之 五"): which characters count as spaces is {@link NumeralChars#isSpace}.
 */
final class SpacedText {
    private SpacedText() {
    }

    /** Start of {@code word} if it ends (spaces aside) right before {@code end}; otherwise -1. */
    static int matchBefore(CharSequence s, int end, String word) {
        int k = end;
        for (int w = word.length() - 1; w >= 0; w--) {
            while (k > 0 && NumeralChars.isSpace(s.charAt(k - 1))) {
                k--;
            }
            if (k == 0 || s.charAt(k - 1) != word.charAt(w)) {
                return -1;
            }
            k--;
        }
        return k;
    }

    /** End of {@code word} if it starts (spaces aside) at {@code from}; otherwise -1. */
    static int matchAfter(CharSequence s, int from, int limit, String word) {
        int k = from;
        for (int w = 0; w < word.length(); w++) {
            k = skipSpaces(s, k, limit);
            if (k >= limit || s.charAt(k) != word.charAt(w)) {
                return -1;
            }
            k++;
        }
        return k;
    }

    /** The first position at or after {@code from} that is not a space (or {@code limit}). */
    static int skipSpaces(CharSequence s, int from, int limit) {
        int k = from;
        while (k < limit && NumeralChars.isSpace(s.charAt(k))) {
            k++;
        }
        return k;
    }
}
