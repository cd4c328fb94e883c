package io.zhibiao.core.extract.text;

/**
 * Sentence and clause boundaries. Sentences end at 。！？!? and line breaks; clauses additionally at
 * commas, semicolons and colons (ASCII or full-width). Commas between digits (1,234) are not boundaries.
 */
public final class SentenceSplitter {
    private SentenceSplitter() {
    }

    public static boolean isSentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '\n' || c == '\r';
    }

    /** True when position {@code i} of {@code text} ends a clause. */
    public static boolean isClauseEnd(CharSequence text, int i) {
        char c = text.charAt(i);
        if (isSentenceEnd(c)) {
            return true;
        }
        switch (c) {
            case '，', '；', ';', '：':
                return true;
            case ',', ':':
                return !(i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                        && Character.isDigit(text.charAt(i + 1)));
            default:
                return false;
        }
    }

    /** Start of the sentence containing {@code pos}, never before {@code floor}. */
    public static int sentenceStart(CharSequence text, int pos, int floor) {
        int i = pos - 1;
        while (i >= floor && !isSentenceEnd(text.charAt(i))) {
            i--;
        }
        return i + 1;
    }

    /** End (exclusive) of the sentence containing {@code pos}. */
    public static int sentenceEnd(CharSequence text, int pos) {
        int n = text.length();
        int i = pos;
        while (i < n && !isSentenceEnd(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Start of the clause containing {@code pos}, never before {@code floor}. */
    public static int clauseStart(CharSequence text, int pos, int floor) {
        int i = pos - 1;
        while (i >= floor && !isClauseEnd(text, i)) {
            i--;
        }
        return i + 1;
    }
}
