package io.zhibiao.core.extract.number;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds number ranges: single bounds (大于10, 五百以上, 比三十大, 十几万), two-number spans (一千到一千五百,
 * 在20和30之间) and a lower and an upper bound joined into one (大于10小于20, 最多100最少20).
 */
final class RangeMatcher {
    private final NumberRecognizer recognizer = new NumberRecognizer();
    private final NumberScanner scanner = new NumberScanner();

    /** A number with the approximation flag the public record does not carry. */
    private record Num(int start, int end, double value, boolean approximate, boolean percent) {
    }

    /** A bound or range before joining; null bounds are open ends. */
    private record Item(int start, int end, Double low, Double high, boolean lowIn, boolean highIn, boolean percent) {
        boolean lowOnly() {
            return low != null && high == null;
        }

        boolean highOnly() {
            return high != null && low == null;
        }
    }

    List<RecognizedRange> find(CharSequence s) {
        int n = s.length();
        List<Num> nums = numbers(s, n);
        List<Item> items = new ArrayList<>();
        for (int k = 0; k < nums.size(); k++) {
            Num a = nums.get(k);
            if (k + 1 < nums.size()) {
                Item pair = pair(s, n, a, nums.get(k + 1));
                if (pair != null) {
                    items.add(pair);
                    k++;
                    continue;
                }
            }
            Item bound = bound(s, n, a);
            if (bound != null) {
                items.add(bound);
            }
        }
        List<RecognizedRange> out = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            Item a = items.get(k);
            if (k + 1 < items.size()) {
                Item joined = join(s, n, a, items.get(k + 1));
                if (joined != null) {
                    a = joined;
                    k++;
                }
            }
            out.add(new RecognizedRange(a.start, a.end, NumberRecognizer.slice(s, a.start, a.end),
                    a.low, a.high, a.lowIn, a.highIn, a.percent));
        }
        return out;
    }

    private List<Num> numbers(CharSequence s, int n) {
        List<Num> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int resume = recognizer.scanAt(scanner, s, i, n);
            if (resume >= 0) {
                i = resume;
                continue;
            }
            int end = scanner.end;
            boolean percent = end < n && (s.charAt(end) == '%' || s.charAt(end) == '％');
            // 3%以内: the bound is a percent value and the sign belongs to the range text
            out.add(new Num(i, percent ? end + 1 : end, scanner.value, scanner.approximate, percent));
            i = end;
        }
        return out;
    }

    /** 一千到一千五百, 20~100, (在|位于) 20 和 30 (之间|间): half-open like the specs. */
    private Item pair(CharSequence s, int n, Num a, Num b) {
        int bStart = skipOrdinalBack(s, b.start);
        int gap = SpacedText.skipSpaces(s, a.end, n);
        int afterSep = gap < bStart && RangeWords.TO.indexOf(s.charAt(gap)) >= 0 ? SpacedText.skipSpaces(s, gap + 1, n) : -1;
        if (afterSep == bStart && a.value < b.value) {
            return new Item(a.start, b.end, a.value, b.value, true, false, a.percent || b.percent);
        }
        boolean joinedByAnd = gap < bStart && RangeWords.AND.indexOf(s.charAt(gap)) >= 0
                && SpacedText.skipSpaces(s, gap + 1, n) == bStart;
        if (!joinedByAnd) {
            return null;
        }
        int end = SpacedText.matchAfter(s, b.end, n, "之间");
        if (end < 0) {
            end = SpacedText.matchAfter(s, b.end, n, "间");
        }
        if (end < 0) {
            return null;
        }
        int start = skipOrdinalBack(s, a.start);
        for (String lead : new String[] {"位于", "在"}) {
            int m = SpacedText.matchBefore(s, start, lead);
            if (m >= 0) {
                start = m;
                break;
            }
        }
        double low = Math.min(a.value, b.value);
        double high = Math.max(a.value, b.value);
        return new Item(start, end, low, high, true, false, a.percent || b.percent);
    }

    /** 第十: the ordinal marker belongs to the range text. */
    private static int skipOrdinalBack(CharSequence s, int start) {
        return start > 0 && s.charAt(start - 1) == '第' ? start - 1 : start;
    }

    /** A single bound from the words around one number, or from its own approximation (十几万). */
    private Item bound(CharSequence s, int n, Num a) {
        int numStart = skipOrdinalBack(s, a.start);
        for (int p = 0; p < RangeWords.PREFIXES.length; p++) {
            int start = SpacedText.matchBefore(s, numStart, RangeWords.PREFIXES[p]);
            if (start < 0) {
                continue;
            }
            int kind = RangeWords.PREFIX_KINDS[p];
            if (kind == RangeWords.COMPARE) {
                int k = SpacedText.skipSpaces(s, a.end, n);
                if (k >= n) {
                    return null;
                }
                if (RangeWords.COMPARE_GREATER.indexOf(s.charAt(k)) >= 0) {
                    return make(start, k + 1, a, RangeWords.LOW_OPEN);
                }
                if (RangeWords.COMPARE_LESS.indexOf(s.charAt(k)) >= 0) {
                    return make(start, k + 1, a, RangeWords.HIGH_OPEN);
                }
                return null;
            }
            return make(start, a.end, a, kind);
        }
        for (int p = 0; p < RangeWords.SUFFIXES.length; p++) {
            int end = SpacedText.matchAfter(s, a.end, n, RangeWords.SUFFIXES[p]);
            if (end >= 0) {
                return make(a.start, end, a, RangeWords.SUFFIX_KINDS[p]);
            }
        }
        return a.approximate ? make(a.start, a.end, a, RangeWords.LOW_OPEN) : null;
    }

    private static Item make(int start, int end, Num a, int kind) {
        double v = a.value;
        boolean pct = a.percent;
        return switch (kind) {
            case RangeWords.LOW_OPEN -> new Item(start, end, v, null, false, false, pct);
            case RangeWords.LOW_CLOSED -> new Item(start, end, v, null, true, false, pct);
            case RangeWords.HIGH_OPEN -> new Item(start, end, null, v, false, false, pct);
            case RangeWords.HIGH_CLOSED -> new Item(start, end, null, v, false, true, pct);
            default -> new Item(start, end, v, v, true, true, pct);
        };
    }

    /** 大于10小于20 -> (10,20); 最多100最少20 -> [20,100]; only when the bounds leave a non-empty range. */
    private static Item join(CharSequence s, int n, Item a, Item b) {
        Item low;
        Item high;
        if (a.lowOnly() && b.highOnly()) {
            low = a;
            high = b;
        } else if (a.highOnly() && b.lowOnly()) {
            low = b;
            high = a;
        } else {
            return null;
        }
        if (low.low >= high.high || !joined(s, n, a.end, b.start)) {
            return null;
        }
        return new Item(a.start, b.end, low.low, high.high, low.lowIn, high.highIn, a.percent || b.percent);
    }

    private static boolean joined(CharSequence s, int n, int from, int to) {
        for (String j : RangeWords.JOINERS) {
            int k = j.isEmpty() ? from : SpacedText.matchAfter(s, from, n, j);
            if (k >= 0 && SpacedText.skipSpaces(s, k, n) == to) {
                return true;
            }
        }
        return false;
    }
}
