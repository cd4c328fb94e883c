package io.zhibiao.core.extract.number;

/**
 * Reads one complete written number at a position: sign, the numeral itself, and what may extend it
 * (exponent 2e5, power 2^5, suffix 40k, fractions 3/5 and 五分之一, mixed 1 4/3 and 三又三分之一, dozens 十打).
 * Mutable and reusable: not thread-safe, one instance per recognizer call.
 */
final class NumberScanner {
    int end;
    double value;
    boolean approximate;
    boolean vague;
    boolean startsWithUnit;
    boolean hasDecimal;

    private final NumeralReader reader = new NumeralReader();

    boolean scan(CharSequence s, int start, int limit) {
        approximate = false;
        vague = false;
        int i = start;
        boolean negative = false;
        if (i < limit && NumeralChars.isMinus(s.charAt(i))) {
            negative = true;
            i++;
        }
        if (!reader.read(s, i, limit)) {
            vague = reader.vague;
            end = reader.end;
            return false;
        }
        double v = reader.value;
        int e = reader.end;
        approximate = reader.approximate;
        startsWithUnit = reader.startsWithUnit && !negative;
        hasDecimal = reader.hasDecimal;
        if (reader.pureArabic || (reader.hasDecimal && e == reader.end && isArabicEnd(s, e))) {
            int x = e;
            if (x < limit && (s.charAt(x) == 'e' || s.charAt(x) == 'E')) {
                x = readExponent(s, x + 1, limit);
                if (x > 0) {
                    v *= Math.pow(10, exponent);
                    e = x;
                }
            } else if (x < limit && s.charAt(x) == '^') {
                x = readExponent(s, x + 1, limit);
                if (x > 0) {
                    v = Math.pow(v, exponent);
                    e = x;
                }
            }
            e = applySuffix(s, e, limit);
            v *= suffixFactor;
        }
        if (reader.pureArabic && e == reader.end) {
            int x = readArabicFraction(s, e, limit, v);
            if (x > 0) {
                v = fractionValue;
                e = x;
            } else {
                x = readMixedFraction(s, e, limit, v);
                if (x > 0) {
                    v = fractionValue;
                    e = x;
                }
            }
        }
        int f = readChineseFraction(s, e, limit, v, reader.startsWithUnit);
        if (f > 0) {
            v = fractionValue;
            e = f;
        } else if (f == 0) {
            f = readMixedChineseFraction(s, e, limit, v);
            if (f > 0) {
                v = fractionValue;
                e = f;
            }
        }
        if (e < limit && s.charAt(e) == '打' && isDozen(s, e + 1, limit) && v == Math.rint(v)) {
            v *= 12;
            e++;
        }
        end = e;
        value = negative ? -v : v;
        if (value == 0) {
            value = 0; // no negative zero in results
        }
        return true;
    }

    private static boolean isArabicEnd(CharSequence s, int e) {
        return e > 0 && NumeralChars.isArabic(s.charAt(e - 1));
    }

    private int exponent;

    /** Reads [signs]digits after e or ^; returns the end or -1. A run of minus signs cancels in pairs. */
    private int readExponent(CharSequence s, int from, int limit) {
        int i = from;
        boolean neg = false;
        while (i < limit && (NumeralChars.isMinus(s.charAt(i)) || s.charAt(i) == '+') && s.charAt(i) != '负') {
            if (s.charAt(i) != '+') {
                neg = !neg;
            }
            i++;
        }
        int digits = 0;
        int n = 0;
        while (i < limit && NumeralChars.isArabic(s.charAt(i)) && digits < 4) {
            n = n * 10 + NumeralChars.arabicValue(s.charAt(i));
            digits++;
            i++;
        }
        if (digits == 0 || (i < limit && (NumeralChars.isLatinLetter(s.charAt(i)) || NumeralChars.isArabic(s.charAt(i))))) {
            return -1;
        }
        exponent = neg ? -n : n;
        return i;
    }

    private double suffixFactor;

    /** 40k, -2.5 M: a scale letter that does not start a word or a unit such as kV, km, MW. */
    private int applySuffix(CharSequence s, int from, int limit) {
        suffixFactor = 1;
        int i = SpacedText.skipSpaces(s, from, limit);
        if (i >= limit) {
            return from;
        }
        char c = s.charAt(i);
        double f = (c == 'k' || c == 'K' || c == 'Ｋ' || c == 'ｋ') ? 1e3 : (c == 'M' || c == 'Ｍ') ? 1e6 : 0;
        if (f == 0 || (i + 1 < limit && NumeralChars.isLatinLetter(s.charAt(i + 1)))) {
            return from;
        }
        suffixFactor = f;
        return i + 1;
    }

    private double fractionValue;

    /** 3/5, ３／５: a slash and a denominator that is not followed by another slash (dates 2024/5/1). */
    private int readArabicFraction(CharSequence s, int from, int limit, double numerator) {
        if (from >= limit || (s.charAt(from) != '/' && s.charAt(from) != '／')) {
            return -1;
        }
        ArabicReader den = new ArabicReader();
        if (!den.read(s, from + 1, limit, false) || den.hasFraction || den.value == 0) {
            return -1;
        }
        if (den.end < limit && (s.charAt(den.end) == '/' || s.charAt(den.end) == '／')) {
            return -1;
        }
        fractionValue = numerator / den.value;
        return den.end;
    }

    /** 1 4/3: a whole number, a space, then a fraction. */
    private int readMixedFraction(CharSequence s, int from, int limit, double whole) {
        int i = SpacedText.skipSpaces(s, from, limit);
        if (i == from || whole != Math.rint(whole)) {
            return -1;
        }
        ArabicReader num = new ArabicReader();
        if (!num.read(s, i, limit, false) || num.hasFraction) {
            return -1;
        }
        int x = readArabicFraction(s, num.end, limit, num.value);
        if (x < 0) {
            return -1;
        }
        fractionValue = whole + fractionValue;
        return x;
    }

    /**
     * X分之Y with the denominator already read as {@code denominator}. Returns the end, 0 when no 分之 follows,
     * -1 when 分之 follows but cannot be used (a bare 百分之 is a percent prefix, left to the caller).
     */
    private int readChineseFraction(CharSequence s, int from, int limit, double denominator, boolean bareUnit) {
        int i = skipFenZhi(s, from, limit);
        if (i < 0) {
            return 0;
        }
        if (bareUnit || denominator == 0) {
            return -1;
        }
        NumberScanner numerator = new NumberScanner();
        if (!numerator.scanSimple(s, i, limit)) {
            return -1;
        }
        fractionValue = numerator.value / denominator;
        return numerator.end;
    }

    /** 三又三分之一, 一百万又五十万分之二十五. */
    private int readMixedChineseFraction(CharSequence s, int from, int limit, double whole) {
        int you = SpacedText.matchAfter(s, from, limit, "又");
        if (you < 0) {
            return -1;
        }
        int i = SpacedText.skipSpaces(s, you, limit);
        NumberScanner part = new NumberScanner();
        if (!part.reader.read(s, i, limit)) {
            return -1;
        }
        int f = part.readChineseFraction(s, part.reader.end, limit, part.reader.value, part.reader.startsWithUnit);
        if (f <= 0) {
            return -1;
        }
        fractionValue = whole + part.fractionValue;
        return f;
    }

    /** A signed numeral without fractions of its own: the numerator of 分之. */
    private boolean scanSimple(CharSequence s, int start, int limit) {
        int i = start;
        boolean negative = false;
        if (i < limit && NumeralChars.isMinus(s.charAt(i))) {
            negative = true;
            i++;
        }
        if (!reader.read(s, i, limit)) {
            return false;
        }
        end = reader.end;
        value = negative ? -reader.value : reader.value;
        return true;
    }

    /** Position after 分 [spaces] 之 [spaces] starting at {@code from} (spaces allowed before 分), or -1. */
    static int skipFenZhi(CharSequence s, int from, int limit) {
        int end = SpacedText.matchAfter(s, from, limit, "分之");
        return end < 0 ? -1 : SpacedText.skipSpaces(s, end, limit);
    }

    /** 打 means a dozen only when it does not start a verb (打造, 打好, 打赢 ...). */
    private static boolean isDozen(CharSequence s, int next, int limit) {
        if (next >= limit) {
            return true;
        }
        return "造击好赢通开破牢下响出入到算折对".indexOf(s.charAt(next)) < 0;
    }
}
