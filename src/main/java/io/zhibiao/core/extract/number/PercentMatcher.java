package io.zhibiao.core.extract.number;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds percentages: a number followed by %/％, 百分之/千分之/万分之 prefixes, 成 (tenths) and 折 (discount).
 * 个百分点 stays out: a change in percentage points is not a percentage.
 */
final class PercentMatcher {
    /** Characters after 成 that make it part of a word (成本, 成果, 成员 ...), not "tenths". */
    private static final String CHENG_WORDS = "本果员都交为立效绩熟型功长就品分年人绩片规套批式";
    /** Characters after 折 that make it part of a word (折合, 折旧, 折算 ...), not a discount. */
    private static final String ZHE_WORDS = "合旧算扣射线叠腾返价现成";

    private static final String[] POINT_WORDS = {"个百分点", "個百分點", "百分点", "百分點"};

    private final NumberRecognizer recognizer;
    private final NumberScanner scanner = new NumberScanner();
    /** Find percentage points (提高2个百分点) instead of percentages. */
    private final boolean points;

    PercentMatcher(NumberRecognizer recognizer, boolean points) {
        this.recognizer = recognizer;
        this.points = points;
    }

    List<RecognizedNumber> find(CharSequence s) {
        List<RecognizedNumber> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int prefixed = points ? i : matchPrefixed(s, i, n, out);
            if (prefixed > i) {
                i = prefixed;
                continue;
            }
            if (!points && s.charAt(i) == '半' && i + 1 < n && (s.charAt(i + 1) == '成' || s.charAt(i + 1) == '折')) {
                out.add(new RecognizedNumber(i, i + 2, NumberRecognizer.slice(s, i, i + 2), s.charAt(i + 1) == '成' ? 5 : 50));
                i += 2;
                continue;
            }
            int resume = recognizer.scanAt(scanner, s, i, n);
            if (resume >= 0) {
                i = resume;
                continue;
            }
            int e = points ? matchPoints(s, i, scanner.end, n, scanner.value, out)
                    : matchSuffix(s, i, scanner.end, n, scanner.value, out);
            i = Math.max(e, scanner.end);
        }
        return out;
    }

    /** 百分之X, 千分之X, 万分之X, 百万分之X ...; returns the end, or {@code i} when none starts here. */
    private int matchPrefixed(CharSequence s, int i, int n, List<RecognizedNumber> out) {
        double denominator = 1;
        int k = i;
        while (k < n) {
            char c = s.charAt(k);
            if (NumeralChars.isUnit(c)) {
                denominator *= NumeralChars.value(c);
                k++;
            } else if (NumeralChars.isSpace(c) && k > i) {
                k++;
            } else {
                break;
            }
        }
        if (k == i || denominator < 100 || precededByNumeral(s, i)) {
            return i;
        }
        int numStart = NumberScanner.skipFenZhi(s, k, n);
        if (numStart < 0) {
            return i;
        }
        if (numStart < n && (s.charAt(numStart) == '百' || s.charAt(numStart) == '佰')
                && (numStart + 1 == n || NumeralChars.kind(s.charAt(numStart + 1)) == NumeralChars.NONE)) {
            // 百分之百: a hundred percent
            out.add(new RecognizedNumber(i, numStart + 1, NumberRecognizer.slice(s, i, numStart + 1), 100 * 100 / denominator));
            return numStart + 1;
        }
        if (!scanner.scan(s, numStart, n) || scanner.approximate) {
            return scanner.vague ? NumberRecognizer.skipNumerals(s, scanner.end, n) : numStart;
        }
        out.add(new RecognizedNumber(i, scanner.end, NumberRecognizer.slice(s, i, scanner.end),
                scanner.value * 100 / denominator));
        return scanner.end;
    }

    private static boolean precededByNumeral(CharSequence s, int i) {
        int k = i - 1;
        while (k >= 0 && NumeralChars.isSpace(s.charAt(k))) {
            k--;
        }
        return k >= 0 && NumeralChars.kind(s.charAt(k)) != NumeralChars.NONE;
    }

    /** After a number [start, end): %, 成, 折. Returns the end of the percentage, or -1. */
    private int matchSuffix(CharSequence s, int start, int end, int n, double v, List<RecognizedNumber> out) {
        if (scanner.approximate) {
            return -1;
        }
        int k = SpacedText.skipSpaces(s, end, n);
        if (k >= n) {
            return -1;
        }
        char c = s.charAt(k);
        double percent;
        int e = k + 1;
        if (c == '%' || c == '％') {
            percent = v;
        } else if (c == '成' && v > 0 && v <= 10 && !(e < n && CHENG_WORDS.indexOf(s.charAt(e)) >= 0)) {
            percent = v * 10;
            if (e < n && s.charAt(e) == '半') {
                percent += 5;
                e++;
            } else if (v == Math.rint(v) && v < 10) {
                int d = singleDigitAfter(s, e, n);
                if (d >= 0) {
                    percent += NumeralChars.value(s.charAt(d));
                    e = d + 1;
                }
            }
        } else if (c == '折' && v > 0 && !(e < n && ZHE_WORDS.indexOf(s.charAt(e)) >= 0)) {
            if (v < 10) {
                percent = v * 10;
            } else if (v > 10 && v < 100 && v == Math.rint(v)) {
                percent = v;
            } else {
                return -1;
            }
        } else {
            return -1;
        }
        out.add(new RecognizedNumber(start, e, NumberRecognizer.slice(s, start, e), Math.round(percent * 1e9) / 1e9));
        return e;
    }

    /** X个百分点: the value is the change in percentage points. */
    private int matchPoints(CharSequence s, int start, int end, int n, double v, List<RecognizedNumber> out) {
        if (scanner.approximate) {
            return -1;
        }
        for (String w : POINT_WORDS) {
            int e = SpacedText.matchAfter(s, end, n, w);
            if (e > 0) {
                out.add(new RecognizedNumber(start, e, NumberRecognizer.slice(s, start, e), v));
                return e;
            }
        }
        return -1;
    }

    /** 七成六: one Chinese digit (spaces allowed before it) that does not begin a longer number. */
    private static int singleDigitAfter(CharSequence s, int from, int n) {
        int k = SpacedText.skipSpaces(s, from, n);
        if (k >= n || !NumeralChars.isChineseDigit(s.charAt(k))) {
            return -1;
        }
        if (k + 1 < n && NumeralChars.kind(s.charAt(k + 1)) != NumeralChars.NONE) {
            return -1;
        }
        return k;
    }
}
