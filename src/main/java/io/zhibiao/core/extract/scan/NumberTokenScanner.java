package io.zhibiao.core.extract.scan;

import io.zhibiao.core.extract.number.NumberParser;

import java.util.ArrayList;
import java.util.List;

/**
 * One linear pass over the text that finds every number followed by a unit: Arabic (with thousands
 * separators, full-width digits, stray spaces), Chinese numerals (via {@link NumberParser}), 百分之八, and
 * ranges (6%-6.5%, 6%至7%, 20-67个). A number without a unit is not an indicator value, which alone keeps out
 * years, dates (2023年, 1-11月), list markers, codes and phone numbers; ranks (第3位, 前4) and names with
 * digits (5G, PM2.5, G106) are skipped explicitly. No regular expressions, no backtracking: time is linear.
 */
public final class NumberTokenScanner {
    private static final String CHINESE_NUMERALS = "零〇一二两三四五六七八九十百千万亿";
    private static final String RANGE_CONNECTORS = "-—–－~～至到";
    /** Character class table: the scan loop looks at every character, so no string searches there. */
    private static final boolean[] NUMERAL = new boolean[65536];

    static {
        for (char c : CHINESE_NUMERALS.toCharArray()) {
            NUMERAL[c] = true;
        }
    }

    private record ArabicNumber(int end, double value, boolean damaged) {
    }

    /** All quantities of {@code text}, in text order. */
    public List<Quantity> scan(CharSequence text) {
        return scan(text, Integer.MAX_VALUE);
    }

    /**
     * Like {@link #scan(CharSequence)} but stops once {@code limit} quantities are found (the caller
     * checks whether the result is longer than it accepts).
     */
    public List<Quantity> scan(CharSequence text, int limit) {
        List<Quantity> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int n = text.length();
        int i = 0;
        while (i < n && out.size() < limit) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                i = arabicAt(text, i, n, out);
            } else if (c == '百' && UnitNormalizer.startsWith(text, i, n, "百分之")) {
                i = percentWordAt(text, i, n, out);
            } else if (NUMERAL[c]) {
                i = chineseAt(text, i, n, out);
            } else {
                i++;
            }
        }
        return out;
    }

    private int arabicAt(CharSequence text, int i, int n, List<Quantity> out) {
        char prev = i > 0 ? text.charAt(i - 1) : ' ';
        ArabicNumber num = readArabic(text, i, n);
        if (Double.isNaN(num.value) || isAsciiLetter(prev) || prev == '.' || prev == '第' || prev == '前'
                || (num.end < n && isAsciiLetter(text.charAt(num.end)))) {
            return skipWord(text, num.end, n);
        }
        double value = num.value;
        int start = i;
        if ((prev == '-' || prev == '－') && i > 1 && !isDigit(text.charAt(i - 2)) && text.charAt(i - 2) != '%'
                && !Character.isLetterOrDigit(text.charAt(i - 2))) {
            value = -value;
            start = i - 1;
        }
        UnitNormalizer.Reading unit = UnitNormalizer.read(text, num.end, n);
        int after = unit == null ? num.end : unit.end();
        Quantity range = tryRange(text, start, value, unit, after, n, num.damaged);
        if (range != null) {
            out.add(range);
            return range.end();
        }
        if (unit != null) {
            out.add(quantity(start, unit.end(), value, null, unit, num.damaged));
            return unit.end();
        }
        return num.end;
    }

    private Quantity tryRange(CharSequence text, int start, double low, UnitNormalizer.Reading lowUnit,
                              int after, int n, boolean damaged) {
        if (after >= n || RANGE_CONNECTORS.indexOf(text.charAt(after)) < 0) {
            return null;
        }
        int k = after + 1;
        while (k < n && (text.charAt(k) == '—' || text.charAt(k) == '-')) {
            k++;
        }
        k = UnitNormalizer.skipSpace(text, k, n);
        if (k >= n || !isDigit(text.charAt(k))) {
            return null;
        }
        ArabicNumber high = readArabic(text, k, n);
        UnitNormalizer.Reading highUnit = UnitNormalizer.read(text, high.end, n);
        if (highUnit == null || (lowUnit != null && !lowUnit.unit().equals(highUnit.unit())) || !(low < high.value)) {
            return null;
        }
        return quantity(start, highUnit.end(), low, high.value, highUnit, damaged || high.damaged);
    }

    private int percentWordAt(CharSequence text, int i, int n, List<Quantity> out) {
        int p = i + 3;
        if (p < n && isDigit(text.charAt(p))) {
            ArabicNumber num = readArabic(text, p, n);
            out.add(new Quantity(i, num.end, num.value, null, "%", 1, "%", false, num.damaged));
            return num.end;
        }
        int e = p;
        while (e < n && NUMERAL[text.charAt(e)]) {
            e++;
        }
        if (e > p) {
            Double v = NumberParser.parse(text.subSequence(p, e).toString());
            if (v != null) {
                out.add(new Quantity(i, e, v, null, "%", 1, "%", false, false));
            }
            return e;
        }
        return p;
    }

    private int chineseAt(CharSequence text, int i, int n, List<Quantity> out) {
        int e = i;
        while (e < n && NUMERAL[text.charAt(e)]) {
            e++;
        }
        int numeralEnd = e;
        // 三千万元: the trailing 万/亿 belongs to the unit, as with 1.57万元
        while (numeralEnd > i && (text.charAt(numeralEnd - 1) == '万' || text.charAt(numeralEnd - 1) == '亿')) {
            numeralEnd--;
        }
        char prev = i > 0 ? text.charAt(i - 1) : ' ';
        // a lone numeral (一件事, 两个确立, 千方百计) is idiom; 第一 is a rank
        if (numeralEnd - i < 2 || prev == '第' || prev == '前' || NUMERAL[prev]) {
            return e;
        }
        UnitNormalizer.Reading unit = UnitNormalizer.read(text, numeralEnd, n);
        if (unit == null) {
            return e;
        }
        Double v = NumberParser.parse(text.subSequence(i, numeralEnd).toString());
        if (v == null) {
            return Math.max(e, unit.end());
        }
        out.add(quantity(i, unit.end(), v, null, unit, false));
        return unit.end();
    }

    private static Quantity quantity(int start, int end, double value, Double high, UnitNormalizer.Reading u,
                                     boolean damaged) {
        return new Quantity(start, end, value, high, u.unit(), u.multiplier(), u.baseUnit(), u.moreThan(), damaged);
    }

    /** Digits with thousands separators, one decimal point, and stray single spaces from web copy. */
    private static ArabicNumber readArabic(CharSequence text, int i, int n) {
        StringBuilder sb = new StringBuilder(12);
        boolean decimal = false;
        boolean damaged = false;
        int groupLen = 0;
        int j = i;
        while (j < n) {
            char ch = text.charAt(j);
            if (isDigit(ch)) {
                sb.append(digitValue(ch));
                groupLen++;
                j++;
            } else if (ch == ',' && !decimal && groupLen >= 1 && groupLen <= 3 && threeDigitsThenEnd(text, j + 1, n)) {
                groupLen = 0;
                j++;
            } else if ((ch == '.' || ch == '．') && !decimal && j + 1 < n && isDigit(text.charAt(j + 1))) {
                sb.append('.');
                decimal = true;
                j++;
            } else if ((ch == '.' || ch == '．') && !decimal && j + 2 < n && UnitNormalizer.isSpace(text.charAt(j + 1))
                    && isDigit(text.charAt(j + 2))) {
                sb.append('.');
                decimal = true;
                damaged = true;
                j += 2;
            } else if (UnitNormalizer.isSpace(ch) && j + 2 < n && !decimal
                    && (text.charAt(j + 1) == '.' || text.charAt(j + 1) == '．') && isDigit(text.charAt(j + 2))) {
                damaged = true;
                j++;
            } else {
                break;
            }
        }
        if (sb.length() > 15) {
            // a code or an id, far beyond any indicator: read it, but as a value it is meaningless
            return new ArabicNumber(j, Double.NaN, true);
        }
        return new ArabicNumber(j, Double.parseDouble(sb.toString()), damaged);
    }

    private static boolean threeDigitsThenEnd(CharSequence text, int p, int n) {
        return p + 3 <= n && isDigit(text.charAt(p)) && isDigit(text.charAt(p + 1)) && isDigit(text.charAt(p + 2))
                && (p + 3 == n || !isDigit(text.charAt(p + 3)));
    }

    private static int skipWord(CharSequence text, int p, int n) {
        while (p < n && (isAsciiLetter(text.charAt(p)) || isDigit(text.charAt(p)) || text.charAt(p) == '.')) {
            p++;
        }
        return p;
    }

    static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static char digitValue(char c) {
        return c >= '０' ? (char) ('0' + (c - '０')) : c;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
    }
}
