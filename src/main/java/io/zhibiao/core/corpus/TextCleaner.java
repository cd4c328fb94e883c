package io.zhibiao.core.corpus;

import static io.zhibiao.core.corpus.WidthNormalizer.isDigit;
import static io.zhibiao.core.corpus.WidthNormalizer.isSpace;

/**
 * Prepares report text for extraction in one linear pass: drops web chrome and portal metadata lines
 * (parsing the latter), strips leading bullets, joins numbers split by stray spaces ("96. 03亿元", "8 %"),
 * normalises full-width digits and symbols and collapses blank-line runs. Text is never reordered, so every
 * cleaned char maps back to the original char it came from. Thread-safe: holds no state between calls.
 */
public final class TextCleaner {

    public CleanedText clean(String original) {
        return new Pass(original).run();
    }

    /** State of one cleaning pass. */
    private static final class Pass {
        private final String src;
        private final StringBuilder out;
        private int[] map;
        private final PortalMetadataParser metadata = new PortalMetadataParser();

        /** Original index of the terminator of the last emitted line, or -1 before the first. */
        private int lastTerminator = -1;
        /** Original index of the terminator of the first blank line after the last emitted line, or -1. */
        private int blankTerminator = -1;
        /** Cleaned index where the current output line starts. */
        private int lineStartOut;

        Pass(String original) {
            this.src = original;
            this.out = new StringBuilder(original.length());
            this.map = new int[original.length() + 1];
        }

        CleanedText run() {
            int n = src.length();
            int pos = 0;
            while (pos < n) {
                int lineEnd = src.indexOf('\n', pos);
                if (lineEnd < 0) {
                    lineEnd = n;
                }
                int contentEnd = lineEnd > pos && src.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
                handleLine(pos, contentEnd);
                pos = lineEnd + 1;
            }
            map[out.length()] = n;
            int[] exact = new int[out.length() + 1];
            System.arraycopy(map, 0, exact, 0, exact.length);
            return new CleanedText(src, out.toString(), exact, metadata.result());
        }

        private void handleLine(int start, int end) {
            int first = start;
            while (first < end && (isSpace(src.charAt(first)) || WidthNormalizer.isInvisible(src.charAt(first)))) {
                first++;
            }
            if (first == end) {
                if (lastTerminator >= 0 && blankTerminator < 0) {
                    blankTerminator = end;
                }
                return;
            }
            int content = first;
            boolean bulleted = false;
            while (content < end && (WidthNormalizer.isBullet(src.charAt(content)) || (bulleted && isSpace(src.charAt(content))))) {
                bulleted = true;
                content++;
            }
            if (content == end || metadata.accept(src, content, end) || ChromeLineDetector.isChrome(src, content, end)) {
                return;
            }
            startLine();
            emitLine(bulleted ? content : start, end);
            lastTerminator = end;
            blankTerminator = -1;
        }

        /** Separates the new line from the previous one, keeping at most one blank line in between. */
        private void startLine() {
            if (lastTerminator >= 0) {
                append('\n', lastTerminator);
                if (blankTerminator >= 0) {
                    append('\n', blankTerminator);
                }
            }
            lineStartOut = out.length();
        }

        private void emitLine(int start, int end) {
            int i = start;
            while (i < end) {
                char c = src.charAt(i);
                if (WidthNormalizer.isInvisible(c)) {
                    i++;
                } else if (isSpace(c) && out.length() > lineStartOut) {
                    int runEnd = i + 1;
                    while (runEnd < end && isSpace(src.charAt(runEnd))) {
                        runEnd++;
                    }
                    if (!joinsNumber(runEnd, end)) {
                        for (int k = i; k < runEnd; k++) {
                            append(src.charAt(k), k);
                        }
                    }
                    i = runEnd;
                } else {
                    append(WidthNormalizer.toHalfWidth(c), i);
                    i++;
                }
            }
        }

        /**
         * Whether the spaces ending at runEnd sit inside a number and should go: "8 %", "96 .03", "96. 03".
         * A list marker ("1. 2023年") is not a decimal point, so a dot right after a line-opening number keeps its space.
         */
        private boolean joinsNumber(int runEnd, int end) {
            if (runEnd >= end) {
                return false;
            }
            char prev = out.charAt(out.length() - 1);
            char next = WidthNormalizer.toHalfWidth(src.charAt(runEnd));
            if (isDigit(prev)) {
                return next == '%' || next == '‰'
                        || (next == '.' && runEnd + 1 < end && isDigit(WidthNormalizer.toHalfWidth(src.charAt(runEnd + 1))));
            }
            if (prev == '.' && isDigit(next)) {
                int digitsStart = out.length() - 1;
                while (digitsStart > lineStartOut && isDigit(out.charAt(digitsStart - 1))) {
                    digitsStart--;
                }
                boolean hasIntegerPart = digitsStart < out.length() - 1;
                return hasIntegerPart && !onlySpacesBefore(digitsStart) && !isYear(runEnd, end);
            }
            return false;
        }

        private boolean onlySpacesBefore(int outIndex) {
            for (int k = lineStartOut; k < outIndex; k++) {
                if (!isSpace(out.charAt(k))) {
                    return false;
                }
            }
            return true;
        }

        /** Digits at from followed by 年 read as a year ("截至2022. 2023年"), not as decimals. */
        private boolean isYear(int from, int end) {
            int k = from;
            while (k < end && isDigit(WidthNormalizer.toHalfWidth(src.charAt(k)))) {
                k++;
            }
            return k < end && src.charAt(k) == '年';
        }

        private void append(char c, int originalIndex) {
            if (out.length() + 1 >= map.length) {
                map = java.util.Arrays.copyOf(map, map.length * 2 + 2);
            }
            map[out.length()] = originalIndex;
            out.append(c);
        }
    }
}
