package io.zhibiao.core.extract.number;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds numbers, percentages and number ranges in running text, in the manner of the Microsoft
 * Recognizers-Text Chinese models (NumberModel, PercentModel, NumberRangeModel).
 * Stateless and thread-safe: every call works with its own scanner.
 * Percentage points (个百分点) are deliberately not percentages: reports keep them apart.
 */
public final class NumberRecognizer {
    /** Financial numerals that are also everyday words on their own (大陆, 队伍, 放肆, 收拾). */
    private static final String AMBIGUOUS_ALONE = "陆陸伍肆拾";

    /** Every number in {@code text}, left to right, without overlaps. */
    public List<RecognizedNumber> numbers(CharSequence text) {
        List<RecognizedNumber> out = new ArrayList<>();
        NumberScanner scanner = new NumberScanner();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int resume = scanAt(scanner, text, i, n);
            if (resume >= 0) {
                i = resume;
                continue;
            }
            int afterPrefix = scanner.startsWithUnit ? NumberScanner.skipFenZhi(text, scanner.end, n) : -1;
            if (afterPrefix > 0) {
                // a bare 百分之 / 千分之 prefix: the number is what follows it
                i = afterPrefix;
                continue;
            }
            if (scanner.end - i == 1 && AMBIGUOUS_ALONE.indexOf(text.charAt(i)) >= 0) {
                i = scanner.end;
                continue;
            }
            out.add(new RecognizedNumber(i, scanner.end, slice(text, i, scanner.end), scanner.value));
            i = scanner.end;
        }
        return out;
    }

    /** Every percentage: 8%, 百分之八, 千分之二点四 (0.24), 九成 (90), 八五折 (85). Values are percents. */
    public List<RecognizedNumber> percents(CharSequence text) {
        return new PercentMatcher(this, false).find(text);
    }

    /** Every change in percentage points: 提高2个百分点 -> 2, 下降零点五个百分点 -> 0.5. */
    public List<RecognizedNumber> percentagePoints(CharSequence text) {
        return new PercentMatcher(this, true).find(text);
    }

    /** Every range or bound: 大于二十的同时小于等于三十五, 20~100, 五百以上, 十几万, 至少3. */
    public List<RecognizedRange> ranges(CharSequence text) {
        return new RangeMatcher().find(text);
    }

    /**
     * Reads the number that starts at {@code i} into {@code scanner} and returns -1; when none does, returns where
     * scanning should go on instead (past text that cannot be a number, or past a vague one such as 几十).
     */
    int scanAt(NumberScanner scanner, CharSequence s, int i, int n) {
        int next = skipNonNumber(s, i, n);
        if (next != i) {
            return next;
        }
        if (scanner.scan(s, i, n)) {
            return -1;
        }
        return scanner.vague ? skipNumerals(s, scanner.end, n) : i + 1;
    }

    /**
     * Where scanning should go on from {@code i}: {@code i} itself if a number may start there, else a later index
     * (past a URL, a word like 一切, or a character that cannot start a number).
     */
    int skipNonNumber(CharSequence s, int i, int n) {
        int url = UrlSpans.endOfUrlAt(s, i, n);
        if (url > i) {
            return url;
        }
        if (!canStart(s, i, n)) {
            return i + 1;
        }
        int word = NonNumberWords.skipEnd(s, i, n);
        return word > 0 ? word : i;
    }

    static boolean canStart(CharSequence s, int i, int n) {
        char c = s.charAt(i);
        byte kind = NumeralChars.kind(c);
        if (kind == NumeralChars.ARABIC || kind == NumeralChars.CHINESE_DIGIT || kind == NumeralChars.SMALL_UNIT) {
            return true;
        }
        if (c == '半') {
            return i + 1 < n && NumeralChars.isUnit(s.charAt(i + 1));
        }
        char before = i > 0 ? s.charAt(i - 1) : ' ';
        if (NumeralChars.isMinus(c)) {
            if (i + 1 >= n || NumeralChars.isMinus(before) || NumeralChars.isArabic(before)
                    || NumeralChars.isLatinLetter(before) || NumeralChars.isDecimalPoint(before)) {
                return false;
            }
            char next = s.charAt(i + 1);
            return NumeralChars.kind(next) != NumeralChars.NONE && NumeralChars.kind(next) != NumeralChars.BIG_UNIT
                    || (NumeralChars.isDecimalPoint(next) && i + 2 < n && NumeralChars.isArabic(s.charAt(i + 2)));
        }
        if (NumeralChars.isDecimalPoint(c)) {
            return i + 1 < n && NumeralChars.isArabic(s.charAt(i + 1))
                    && !NumeralChars.isDecimalPoint(before) && !NumeralChars.isArabic(before);
        }
        return false;
    }

    static int skipNumerals(CharSequence s, int from, int n) {
        int i = Math.max(from, 0);
        while (i < n && (NumeralChars.kind(s.charAt(i)) != NumeralChars.NONE || NumeralChars.isSpace(s.charAt(i)))) {
            i++;
        }
        return i;
    }

    static String slice(CharSequence s, int from, int to) {
        return s.subSequence(from, to).toString();
    }
}
