package io.zhibiao.core.extract.analysis;

import io.zhibiao.core.dictionary.PhraseTrie;
import io.zhibiao.core.extract.cues.ValueWords;
import io.zhibiao.core.extract.catalog.AliasMatch;
import io.zhibiao.core.extract.catalog.CatalogEntry;
import io.zhibiao.core.extract.catalog.IndicatorCatalog;
import io.zhibiao.core.model.Measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Targets stated without a number: "城乡居民收入增长与经济增长基本同步", "单位GDP能耗完成省下达的任务",
 * "PM2.5平均浓度持续下降", "居民收入增长高于经济增速". Only clauses that hold a catalog indicator and one of
 * these cue phrases count, so ordinary prose about an indicator is not taken for a target. Every indicator
 * the clause lists shares the target: "城镇新增就业、粮食产量、节能减排完成省定任务".
 */
public final class QualitativeTargetReader {
    private static final PhraseTrie<String> CUE_TRIE = ValueWords.QUALITATIVE_CUE_TRIE;
    /** Comparisons with the economy's growth: every indicator listed before them is compared by its growth. */
    private static final String[] GROWTH_COMPARISON = ValueWords.QUALITATIVE_GROWTH_COMPARISON;
    private static final String[] GROWTH_WORDS = ValueWords.QUALITATIVE_GROWTH_WORDS;
    /** Words that introduce the benchmark of a comparison: an indicator after them is not a subject. */
    private static final String[] BENCHMARK = ValueWords.QUALITATIVE_BENCHMARK;
    /** Longest head that borrows the tail of the next name: 城镇(和农村居民人均可支配收入). */
    private static final int SHARED_HEAD = 2;

    /** A qualitative target found in a clause. */
    public record Found(Subject subject, Measure measure) {
    }

    private final IndicatorCatalog catalog;

    public QualitativeTargetReader(IndicatorCatalog catalog) {
        this.catalog = catalog;
    }

    /** The qualitative targets of clause [from, to), which must hold no number; empty when there is none. */
    public List<Found> read(CharSequence text, int from, int to) {
        if (CUE_TRIE.lastIn(text, from, to, (w, a, b) -> w) == null) {
            return List.of();
        }
        List<AliasMatch> matches = catalog.findAll(text, from, to);
        if (matches.isEmpty()) {
            return List.of();
        }
        int benchmark = benchmarkStart(text, matches.get(0).end(), to);
        boolean comparesGrowth = Words.containsAny(text, benchmark, to, GROWTH_COMPARISON);
        List<Found> out = new ArrayList<>();
        AliasMatch first = matches.get(0);
        Subject head = sharedHead(text, from, first);
        if (head != null) {
            out.add(new Found(head, measure(text, head.entry(), first.end(), to)));
        }
        for (int i = 0; i < matches.size(); i++) {
            AliasMatch m = matches.get(i);
            if (m.start() >= benchmark || out.stream().anyMatch(f -> f.subject().entry() == m.entry())) {
                continue;
            }
            // in a list, the words up to the next name describe this one: 粮食产量、…碳排放强度下降
            int predicateEnd = i + 1 < matches.size() ? matches.get(i + 1).start() : to;
            Subject s = new Subject(m.entry(), text.subSequence(m.start(), m.end()).toString(), m.start(), m.end(), false);
            // 地方级财政收入、城乡居民收入与经济增长同步: the shared comparison makes each a growth target
            out.add(new Found(s, measure(text, m.entry(), m.end(), comparesGrowth ? to : predicateEnd)));
        }
        return out;
    }

    private static Measure measure(CharSequence text, CatalogEntry entry, int after, int to) {
        if (entry.onlyRate()) {
            return Measure.RATE;
        }
        if (Words.containsAny(text, after, to, GROWTH_WORDS) && entry.measures().contains(Measure.GROWTH)) {
            return Measure.GROWTH;
        }
        // 粮食产量完成省定任务: without a word of change the target is the amount itself
        return entry.measures().contains(Measure.LEVEL) ? Measure.LEVEL : entry.measures().iterator().next();
    }

    private static int benchmarkStart(CharSequence text, int from, int to) {
        int at = to;
        for (String w : BENCHMARK) {
            int k = Words.indexOf(text, w, from, to);
            if (k >= 0 && k < at) {
                at = k;
            }
        }
        return at;
    }

    /** "城镇和农村居民人均可支配收入…": 城镇 takes the tail of the name after it. */
    private Subject sharedHead(CharSequence text, int from, AliasMatch first) {
        int join = first.start() - 1;
        if (join <= from || (text.charAt(join) != '和' && text.charAt(join) != '、')) {
            return null;
        }
        int[] span = SubjectFinder.strip(text, from, join);
        int len = span[1] - span[0];
        String name = text.subSequence(first.start(), first.end()).toString();
        if (len < 1 || len > SHARED_HEAD || len >= name.length()) {
            return null;
        }
        String completed = text.subSequence(span[0], span[1]) + name.substring(len);
        Optional<CatalogEntry> e = catalog.lookup(completed);
        if (e.isEmpty() || e.get() == first.entry()) {
            return null;
        }
        return new Subject(e.get(), completed, span[0], first.end(), false);
    }
}
