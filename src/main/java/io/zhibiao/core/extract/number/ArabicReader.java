package io.zhibiao.core.extract.number;

/**
 * Reads one Arabic numeral literal (ASCII or full-width digits, thousands separators, a decimal part).
 * Mutable and reusable: one instance per scan keeps the hot loop free of allocation.
 */
final class ArabicReader {
    int end;
    double value;
    boolean hasFraction;

    /** Reads a literal at {@code start}; a leading point (".5") is accepted when {@code leadingPoint}. */
    boolean read(CharSequence s, int start, int limit, boolean leadingPoint) {
        int i = start;
        long mantissa = 0;
        int significant = 0;
        int intDigits = 0;
        boolean overflow = false;
        int firstRun = 0;
        while (i < limit && NumeralChars.isArabic(s.charAt(i))) {
            mantissa = accumulate(mantissa, s.charAt(i));
            significant++;
            intDigits++;
            firstRun++;
            i++;
        }
        if (intDigits > 0 && firstRun <= 3) {
            // thousands groups: exactly three digits after each separator
            while (i < limit && NumeralChars.isComma(s.charAt(i)) && isGroup(s, i + 1, limit)) {
                for (int k = i + 1; k <= i + 3; k++) {
                    mantissa = accumulate(mantissa, s.charAt(k));
                    significant++;
                    intDigits++;
                }
                i += 4;
            }
        }
        if (intDigits == 0 && !leadingPoint) {
            return false;
        }
        int fracDigits = 0;
        if (i + 1 < limit && NumeralChars.isDecimalPoint(s.charAt(i)) && NumeralChars.isArabic(s.charAt(i + 1))) {
            i++;
            while (i < limit && NumeralChars.isArabic(s.charAt(i))) {
                if (significant < 18) {
                    mantissa = accumulate(mantissa, s.charAt(i));
                    significant++;
                    fracDigits++;
                }
                i++;
            }
        }
        if (intDigits == 0 && fracDigits == 0) {
            return false;
        }
        overflow = intDigits > 18;
        end = i;
        hasFraction = fracDigits > 0;
        value = overflow ? slowParse(s, start, i) : mantissa / pow10(fracDigits);
        return true;
    }

    private static boolean isGroup(CharSequence s, int from, int limit) {
        if (from + 3 > limit) {
            return false;
        }
        for (int k = from; k < from + 3; k++) {
            if (!NumeralChars.isArabic(s.charAt(k))) {
                return false;
            }
        }
        return from + 3 == limit || !NumeralChars.isArabic(s.charAt(from + 3));
    }

    private static long accumulate(long mantissa, char c) {
        return mantissa * 10 + NumeralChars.arabicValue(c);
    }

    static double pow10(int n) {
        double p = 1;
        for (int k = 0; k < n; k++) {
            p *= 10;
        }
        return p;
    }

    /** Only for literals longer than a long can hold; rare enough to afford a string. */
    private static double slowParse(CharSequence s, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (NumeralChars.isArabic(c)) {
                sb.append((char) ('0' + NumeralChars.arabicValue(c)));
            } else if (NumeralChars.isDecimalPoint(c)) {
                sb.append('.');
            }
        }
        return Double.parseDouble(sb.toString());
    }
}
