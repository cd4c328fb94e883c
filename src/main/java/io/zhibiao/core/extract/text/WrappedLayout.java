package io.zhibiao.core.extract.text;

import java.util.Arrays;

/**
 * Reports converted from print keep the printed line breaks: "规模以上工\n\n业增加值增长8.3%", with page numbers
 * ("— 1 —") between the lines. Names and numbers split that way cannot be read, so such a text is joined back
 * into paragraphs first: a break is soft when the line before it is about as long as the printed line and does
 * not end a sentence. Texts with ordinary paragraphs are detected and left alone.
 */
public final class WrappedLayout {
    /** The joined text and, for each of its chars plus the end, the index in the original. */
    public record Unwrapped(String text, int[] toOriginal) {
        public int originalStart(int joined) {
            return toOriginal[joined];
        }

        public int originalEnd(int joinedEnd) {
            return joinedEnd == 0 ? toOriginal[0] : toOriginal[joinedEnd - 1] + 1;
        }
    }

    private static final int MIN_LINES = 20;
    private static final double WRAPPED_SHARE = 0.6;
    private static final String HARD_ENDS = "。！？；：!?;:」』”)）";

    private WrappedLayout() {
    }

    /** The joined text when {@code text} is hard-wrapped, else null. */
    public static Unwrapped unwrapIfWrapped(String text) {
        int[] lengths = lineLengths(text);
        if (lengths == null) {
            return null;
        }
        int width = percentile(lengths, 0.75);
        return join(text, width);
    }

    /** Lengths of the lines that look printed-wrapped, or null when too few lines are. */
    private static int[] lineLengths(String text) {
        int lines = 0;
        int wrapped = 0;
        int[] lengths = new int[64];
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = n;
            }
            int[] span = trim(text, pos, end);
            int len = span[1] - span[0];
            if (len > 0 && !isPageNumber(text, span[0], span[1])) {
                lines++;
                if (len >= 12 && len <= 60 && HARD_ENDS.indexOf(text.charAt(span[1] - 1)) < 0) {
                    if (wrapped == lengths.length) {
                        lengths = Arrays.copyOf(lengths, wrapped * 2);
                    }
                    lengths[wrapped++] = len;
                }
            }
            pos = end + 1;
        }
        if (lines < MIN_LINES || wrapped < lines * WRAPPED_SHARE) {
            return null;
        }
        return Arrays.copyOf(lengths, wrapped);
    }

    private static Unwrapped join(String text, int width) {
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        int[] map = new int[n + 1];
        boolean soft = false;
        boolean pendingBreak = false;
        int breakAt = 0;
        int pos = 0;
        while (pos < n) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = n;
            }
            int[] span = trim(text, pos, end);
            if (span[1] > span[0] && !isPageNumber(text, span[0], span[1])) {
                if (pendingBreak && !soft) {
                    map[out.length()] = breakAt;
                    out.append('\n');
                }
                int from = soft ? span[0] : pos;
                for (int k = from; k < span[1]; k++) {
                    map[out.length()] = k;
                    out.append(text.charAt(k));
                }
                int len = span[1] - span[0];
                soft = len >= width * 3 / 4 && HARD_ENDS.indexOf(text.charAt(span[1] - 1)) < 0;
                pendingBreak = end < n;
                breakAt = end;
            }
            pos = end + 1;
        }
        map[out.length()] = n;
        return new Unwrapped(out.toString(), Arrays.copyOf(map, out.length() + 1));
    }

    /** "— 9 —", "- 12 -", "9": a page number between printed lines. */
    private static boolean isPageNumber(String text, int from, int to) {
        boolean digit = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '—' && c != '-' && c != '－' && c != '–' && c != ' ' && c != '\u3000') {
                return false;
            }
        }
        return digit;
    }

    private static int[] trim(String text, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && isBlank(text.charAt(s))) {
            s++;
        }
        while (e > s && isBlank(text.charAt(e - 1))) {
            e--;
        }
        return new int[]{s, e};
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\u3000' || c == '\u00A0';
    }

    private static int percentile(int[] values, double p) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))];
    }
}
