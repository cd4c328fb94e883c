package io.zhibiao.core.extract.scan;

import io.zhibiao.core.dictionary.PhraseTrie;
import io.zhibiao.core.extract.number.NumberParser;

import java.util.ArrayList;
import java.util.List;

/**
 * 地区生产总值增速“保8争9”: a growth rate to keep (8%) and a higher one to strive for (9%), written as bare numbers
 * the unit scan passes over. Read only right after a growth word (the words of {@code growthWords}) and when the
 * second number is the higher: 保四争三 and 保三争二冲一 are ranks, where the goal is the smaller number.
 */
public final class KeepAndStrivePairs {
    private static final char KEEP = '保';
    private static final char STRIVE = '争';
    /** The longest number written in such a pair (8.5, 十二). */
    private static final int MAX_NUMBER = 4;

    private final PhraseTrie<String> growthWords;

    public KeepAndStrivePairs(PhraseTrie<String> growthWords) {
        this.growthWords = growthWords;
    }

    /** The two quantities of every such pair in {@code text}, in text order, with % as their unit. */
    public List<Quantity> find(String text) {
        List<Quantity> out = new ArrayList<>();
        for (int k = text.indexOf(KEEP); k >= 0; k = text.indexOf(KEEP, k + 1)) {
            if (!afterGrowthWord(text, k)) {
                continue;
            }
            int keepEnd = numberEnd(text, k + 1);
            if (keepEnd < 0 || keepEnd >= text.length() || text.charAt(keepEnd) != STRIVE) {
                continue;
            }
            int striveEnd = numberEnd(text, keepEnd + 1);
            if (striveEnd < 0) {
                continue;
            }
            double keep = NumberParser.parse(text.substring(k + 1, keepEnd));
            double strive = NumberParser.parse(text.substring(keepEnd + 1, striveEnd));
            if (strive > keep) {
                out.add(percent(k + 1, keepEnd, keep));
                out.add(percent(keepEnd + 1, striveEnd, strive));
            }
        }
        return out;
    }

    /** The scanned quantities with the pairs' put in text order (the scan never holds a bare number). */
    public static List<Quantity> mergeInto(List<Quantity> scanned, List<Quantity> pairs) {
        if (pairs.isEmpty()) {
            return scanned;
        }
        List<Quantity> out = new ArrayList<>(scanned.size() + pairs.size());
        int p = 0;
        for (Quantity q : scanned) {
            while (p < pairs.size() && pairs.get(p).start() < q.start()) {
                out.add(pairs.get(p++));
            }
            out.add(q);
        }
        while (p < pairs.size()) {
            out.add(pairs.get(p++));
        }
        return out;
    }

    private boolean afterGrowthWord(String text, int keepAt) {
        int e = keepAt;
        while (e > 0 && (text.charAt(e - 1) == '“' || text.charAt(e - 1) == '"' || text.charAt(e - 1) == '「')) {
            e--;
        }
        int end = e;
        return growthWords.lastIn(text, Math.max(0, end - growthWords.longest()), end,
                (w, s, x) -> x == end ? w : null) != null;
    }

    /** Where the number starting at {@code from} ends, or -1 when none (or more than a pair's number) is there. */
    private static int numberEnd(String text, int from) {
        int e = from;
        while (e < text.length() && e - from <= MAX_NUMBER && NumberParser.parse(text.substring(from, e + 1)) != null) {
            e++;
        }
        return e > from && e - from <= MAX_NUMBER ? e : -1;
    }

    private static Quantity percent(int start, int end, double value) {
        return new Quantity(start, end, value, null, "%", 1, "%", false, false);
    }
}
