package io.zhibiao.core.extract.analysis;

import io.zhibiao.core.extract.cues.ValueWords;
import io.zhibiao.core.extract.catalog.AliasMatch;
import io.zhibiao.core.extract.catalog.CatalogEntry;
import io.zhibiao.core.extract.catalog.IndicatorCatalog;

import java.util.List;
import java.util.Optional;

/**
 * Finds the subject of a value in the words before it: the longest catalog alias in the segment, else the
 * name as written once cue and verb words are stripped, else the subject of the previous value of the
 * sentence. "占GDP比重" after a value keeps the previous subject; "产量" after "粮食播种面积" becomes 粮食产量.
 */
public final class SubjectFinder {
    private static final int MAX_NAME = 24;

    /** Words that make the alias after them the denominator of a ratio (单位GDP…, 万元GDP…, 每万人…). */
    private static final String[] PER_UNIT = ValueWords.PER_UNIT;

    private static final ReferenceCues CUES = ReferenceCues.bundled();

    private final IndicatorCatalog catalog;

    public SubjectFinder(IndicatorCatalog catalog) {
        this.catalog = catalog;
    }

    /** The subject of a value whose preceding segment is [from, to); null when there is none. */
    public Subject find(CharSequence text, int from, int to, Subject previous) {
        return find(text, from, to, previous, from);
    }

    /**
     * As {@link #find(CharSequence, int, int, Subject)}; when the segment names nothing and no value came
     * before, the last catalog name in [lookBackFrom, from) is the subject ("培育市场主体,总量同比增长17.8%").
     */
    public Subject find(CharSequence text, int from, int to, Subject previous, int lookBackFrom) {
        return find(text, from, to, previous, lookBackFrom, lookBackFrom);
    }

    /**
     * As {@link #find(CharSequence, int, int, Subject, int)}, where the previous value of the sentence ends at
     * {@code previousValueEnd}: a name of the previous subject's indicator written after that value is where
     * the subject now stands.
     */
    public Subject find(CharSequence text, int from, int to, Subject previous, int lookBackFrom, int previousValueEnd) {
        if (previous != null && previous.entry() == null && comparesWithAYear(previous.name())) {
            // 地区生产总值2120.86亿元，恢复至2019年的105.3%，增长10.8%: the ratio was the indicator's, and so is
            // what follows it
            AliasMatch named = lastMatch(text, lookBackFrom, previous.start());
            if (named != null) {
                previous = new Subject(named.entry(), text.subSequence(named.start(), named.end()).toString(),
                        named.start(), named.end(), true);
            }
        }
        if (to > from && text.charAt(to - 1) == '等') {
            // "社会消费品零售总额等3项指标" counts the list, it is no value of the indicators named
            int[] span = strip(text, from, to);
            return span[1] > span[0] ? new Subject(null, text.subSequence(span[0], span[1]).toString(),
                    span[0], span[1], false) : null;
        }
        List<AliasMatch> matches = withoutBenchmarks(text, from, catalog.findAll(text, from, to));
        if (!matches.isEmpty()) {
            AliasMatch first = matches.get(0);
            int zhan = Words.indexOf(text, "占", from, first.start());
            if (zhan >= 0 && previous != null && onlyCues(text, from, zhan)) {
                // "…350亿元,占GDP比重达17.5%": GDP is the denominator, not the subject
                return previous.asInherited();
            }
            AliasMatch best = first;
            for (AliasMatch m : matches) {
                if (m.length() >= best.length()) {
                    best = m;
                }
            }
            int zhanBeforeBest = Words.indexOf(text, "占", first.end(), best.start());
            if (best != first && zhanBeforeBest >= 0) {
                best = first;
            }
            int subset = subsetStart(text, from, best.start());
            if (subset >= 0) {
                // 锂电产品出口, 万元GDP能耗: another quantity than the region's total
                return new Subject(null, text.subSequence(subset, best.end()).toString(), subset, best.end(), false);
            }
            int folded = CompoundNames.foldedStart(text, from, best.start(), best.end());
            if (folded >= 0) {
                // 存贷款余额增长13.7%: one figure for deposits and loans together, neither indicator alone
                return new Subject(null, text.subSequence(folded, best.end()).toString(), folded, best.end(), false);
            }
            int[] rest = strip(text, best.end(), to);
            if (rest[1] > rest[0] && (endsWithRateWord(text, rest[1]) && Words.indexOf(text, "占", rest[0], rest[1]) < 0
                    || Words.containsAny(text, rest[0], rest[1], "任务", "目标", "计划")
                    || CUES.otherQuantity.lastIn(text, rest[0], rest[1], (w, s, e) -> w) != null
                    || CUES.countedAfter.endingAt(text, rest[0], rest[1], (w, s, e) -> w) != null)) {
                // 规上工业企业研发机构覆盖率, 粮食播种面积超省定任务, 新增进出口备案企业937家: another quantity than the
                // indicator named
                return new Subject(null, text.subSequence(best.start(), rest[1]).toString(), best.start(), rest[1], false);
            }
            return new Subject(best.entry(), text.subSequence(best.start(), best.end()).toString(),
                    best.start(), best.end(), false);
        }
        Subject carried = previous == null ? null : carried(text, previous, Math.max(lookBackFrom, previousValueEnd), from);
        if (previous != null && continuesAChange(text, from, to)) {
            // 从2016年的2207.4亿元增加到2021年的3244亿元: the end value is the same indicator's
            return carried;
        }
        int[] span = strip(text, from, to);
        if (span[1] - span[0] >= 2 && hasCjk(text, span[0], span[1])) {
            int s = Math.max(span[0], span[1] - MAX_NAME);
            String name = text.subSequence(s, span[1]).toString();
            CatalogEntry composed = composeWithPrevious(name, previous);
            return new Subject(composed, name, s, span[1], false);
        }
        if (previous != null) {
            return carried;
        }
        if (lookBackFrom < from) {
            List<AliasMatch> earlier = withoutBenchmarks(text, lookBackFrom, catalog.findAll(text, lookBackFrom, from));
            if (!earlier.isEmpty()) {
                AliasMatch m = earlier.get(earlier.size() - 1);
                return new Subject(m.entry(), text.subSequence(m.start(), m.end()).toString(), m.start(), m.end(), true);
            }
        }
        return null;
    }

    /**
     * The subject a value without a name of its own carries on: the previous value's, unless a catalog name was
     * written since that value in a clause without a value of its own (进出口分别增长37.2%、19%，全省进出口总值创历史
     * 新高，达到5379亿元; 农牧民人均纯收入突破万元大关，预计增长10.8%).
     */
    private Subject carried(CharSequence text, Subject previous, int from, int to) {
        AliasMatch since = lastMatch(text, from, to);
        if (since != null && (since.entry().equals(previous.entry()) || !denominator(text, since.start()))) {
            return new Subject(since.entry(), text.subSequence(since.start(), since.end()).toString(),
                    since.start(), since.end(), true);
        }
        return previous.asInherited();
    }

    /** 恢复至2019年的, 是2012年的: what stands before a ratio of a value to an earlier year's, not a name. */
    private static boolean comparesWithAYear(String name) {
        int n = name.length();
        return n >= 6 && name.charAt(n - 1) == '的' && isYearWord(name, n - 6);
    }

    /** 增速均高于经济增长水平: a name after a comparison word is what is compared with, never the subject. */
    static List<AliasMatch> withoutBenchmarks(CharSequence text, int from, List<AliasMatch> matches) {
        if (matches.isEmpty()) {
            return matches;
        }
        List<AliasMatch> kept = new java.util.ArrayList<>(matches.size());
        for (AliasMatch m : matches) {
            if (CUES.benchmarkBefore.endingAt(text, from, m.start(), (w, s, e) -> w) == null) {
                kept.add(m);
            }
        }
        return kept;
    }

    /** 占地区生产总值比重: the name after 占 is the whole a share is of. */
    private static boolean denominator(CharSequence text, int nameStart) {
        return Words.indexOf(text, "占", Math.max(0, nameStart - 4), nameStart) >= 0;
    }

    private AliasMatch lastMatch(CharSequence text, int from, int to) {
        if (from >= to) {
            return null;
        }
        List<AliasMatch> found = withoutBenchmarks(text, from, catalog.findAll(text, from, to));
        return found.isEmpty() ? null : found.get(found.size() - 1);
    }

    /** "增加到", "提高到2021年的", "增至": only the word that leads from a starting value to the one reached. */
    public static boolean continuesAChange(CharSequence text, int from, int to) {
        int s = from;
        while (s < to && !Words.isCjk(text.charAt(s))) {
            s++;
        }
        Integer end = ReferenceCues.bundled().to.longestAt(text, s, to, (w, a, e) -> e);
        if (end == null) {
            return false;
        }
        int k = end;
        if (k + 5 <= to && isYearWord(text, k)) {
            k += 5;
        }
        while (k < to && (text.charAt(k) == '的' || text.charAt(k) == '底' || text.charAt(k) == '末'
                || !Words.isCjk(text.charAt(k)))) {
            k++;
        }
        return k == to;
    }

    /** 粮食播种面积 …, 产量 …: the head of the previous name plus this one may be a catalog name. */
    private CatalogEntry composeWithPrevious(String name, Subject previous) {
        if (previous == null || previous.entry() == null) {
            return null;
        }
        String prev = previous.name();
        for (int k = Math.min(4, prev.length() - 1); k >= 2; k--) {
            Optional<CatalogEntry> e = catalog.lookup(prev.substring(0, k) + name);
            if (e.isPresent()) {
                return e.get();
            }
        }
        return null;
    }

    /** The name part of [from, to): leading cue words and trailing verbs removed. */
    static int[] strip(CharSequence text, int from, int to) {
        int s = from;
        int e = to;
        boolean changed = true;
        while (changed && s < e) {
            changed = false;
            while (s < e && !Words.isCjk(text.charAt(s)) && !Character.isLetterOrDigit(text.charAt(s))) {
                s++;
                changed = true;
            }
            if (s + 5 <= e && isYearWord(text, s)) {
                s += 5;
                changed = true;
            }
            String w = CUES.nameLeading.longestAt(text, s, e, (x, a, b) -> x);
            if (w != null) {
                s += w.length();
                changed = true;
            }
        }
        changed = true;
        while (changed && s < e) {
            changed = false;
            while (s < e && !Words.isCjk(text.charAt(e - 1)) && !Character.isLetterOrDigit(text.charAt(e - 1))) {
                e--;
                changed = true;
            }
            String w = CUES.nameTrailing.endingAt(text, s, e, (x, a, b) -> x);
            if (w != null) {
                e -= w.length();
                changed = true;
            }
        }
        return new int[]{s, e};
    }

    /** Where a modifier that narrows the alias at {@code aliasStart} begins (对俄, 机电产品), or -1. */
    static int subsetStart(CharSequence text, int from, int aliasStart) {
        String per = Words.endingAt(text, from, aliasStart, PER_UNIT);
        if (per != null) {
            // 万元GDP综合能耗, 单位GDP二氧化碳排放: the indicator is the denominator of another quantity
            return aliasStart - per.length();
        }
        if (aliasStart - 2 >= from && text.charAt(aliasStart - 2) == '产' && text.charAt(aliasStart - 1) == '品') {
            int s = aliasStart - 2;
            while (s > from && Words.isCjk(text.charAt(s - 1)) && aliasStart - s < 8) {
                s--;
            }
            return s;
        }
        return -1;
    }

    private static boolean endsWithRateWord(CharSequence text, int end) {
        return Words.endingAt(text, Math.max(0, end - 3), end, new String[]{"率", "比重", "比例", "占比", "比率"}) != null;
    }

    static boolean onlyCues(CharSequence text, int from, int to) {
        int[] span = strip(text, from, to);
        return span[1] - span[0] < 2;
    }

    private static boolean isYearWord(CharSequence text, int s) {
        return text.charAt(s + 4) == '年' && Character.isDigit(text.charAt(s)) && Character.isDigit(text.charAt(s + 1))
                && Character.isDigit(text.charAt(s + 2)) && Character.isDigit(text.charAt(s + 3));
    }

    private static boolean hasCjk(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Words.isCjk(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
