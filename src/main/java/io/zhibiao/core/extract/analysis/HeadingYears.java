package io.zhibiao.core.extract.analysis;

/** Years written on their own, as opposed to the years that open or close a span. */
final class HeadingYears {
    private HeadingYears() {
    }

    /**
     * "在过去五年中，2022年是极不平凡的一年": a year named on its own turns a paragraph (or a heading) to that
     * year; a year that opens or closes a span (从2016年, 到2020年, 2016年以来, 2016—2020年) does not.
     */
    static boolean isSingleYear(CharSequence text, int k) {
        if (k + 5 > text.length() || text.charAt(k + 4) != '年' || !isYearDigits(text, k)
                || k > 0 && Character.isDigit(text.charAt(k - 1))) {
            return false;
        }
        char before = k > 0 ? text.charAt(k - 1) : ' ';
        if ("从由自到至比较—-~～".indexOf(before) >= 0) {
            return false;
        }
        int after = k + 5;
        return !(startsWith(text, after, "以来") || startsWith(text, after, "至") || startsWith(text, after, "到")
                || startsWith(text, after, "—") || startsWith(text, after, "-") || startsWith(text, after, "的"));
    }

    private static boolean isYearDigits(CharSequence text, int k) {
        char a = text.charAt(k);
        char b = text.charAt(k + 1);
        return (a == '2' && b == '0' || a == '1' && b == '9') && Character.isDigit(text.charAt(k + 2))
                && Character.isDigit(text.charAt(k + 3));
    }

    private static boolean startsWith(CharSequence text, int at, String s) {
        return at + s.length() <= text.length() && text.subSequence(at, at + s.length()).toString().equals(s);
    }
}
