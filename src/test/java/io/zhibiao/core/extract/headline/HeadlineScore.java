package io.zhibiao.core.extract.headline;

import io.zhibiao.core.model.IndicatorValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores the engine's headline rows of one report against its labels. A row takes part when its indicator
 * and measure are headline ones, it is the region's own figure for one year, and its year is the report
 * year's (target) or the year before (actual); it is right when a label has the same {@link HeadlineKey}.
 */
final class HeadlineScore {
    /** The headline indicators with their measures, as in frozen/LABELLING.md. */
    static final Set<String> HEADLINES = Set.of("GDP/growth", "GDP/level", "IND_VA/growth", "FAI/growth",
            "RETAIL/growth", "RETAIL/level", "FISCAL_REV/growth", "FISCAL_REV/level", "TRADE/growth",
            "INCOME/growth", "INCOME_URBAN/growth", "INCOME_RURAL/growth", "CPI/growth", "UNEMP_RATE/rate",
            "UNEMP_SURVEYED/rate");

    /** A row the engine got wrong, with what a reader needs to see why. */
    record Wrong(HeadlineKey key, String context, String errorClass, double confidence) {
    }

    final int labels;
    final int found;
    final int taking;
    final int right;
    final List<Wrong> wrong;
    final List<HeadlineLabel> missed;
    /** The confidence of every row taking part, and whether it was right. */
    final List<Graded> graded;

    /** A row's confidence and whether it was right. */
    record Graded(double confidence, boolean right) {
    }

    private HeadlineScore(int labels, int found, int taking, int right, List<Wrong> wrong, List<HeadlineLabel> missed,
                          List<Graded> graded) {
        this.labels = labels;
        this.found = found;
        this.taking = taking;
        this.right = right;
        this.wrong = wrong;
        this.missed = missed;
        this.graded = graded;
    }

    static HeadlineScore empty() {
        return new HeadlineScore(0, 0, 0, 0, List.of(), List.of(), List.of());
    }

    /**
     * How much of the wrong rows the least confident fifth of all rows holds: 1.0 when confidence puts every
     * wrong row at the bottom, about 0.2 when it knows nothing.
     */
    double wrongInLowestFifth() {
        long wrongRows = graded.stream().filter(g -> !g.right()).count();
        if (wrongRows == 0) {
            return 1;
        }
        List<Graded> sorted = new ArrayList<>(graded);
        // ties are broken against the claim: right rows first among equals
        sorted.sort(java.util.Comparator.comparingDouble(Graded::confidence).thenComparing(g -> !g.right()));
        int fifth = (int) Math.round(sorted.size() * 0.2);
        long caught = sorted.subList(0, fifth).stream().filter(g -> !g.right()).count();
        return caught / (double) wrongRows;
    }

    static boolean isHeadline(String code, String measure) {
        return HEADLINES.contains(code + "/" + measure);
    }

    static HeadlineScore of(int reportYear, List<HeadlineLabel> labels, List<IndicatorValue> rows, String text,
                            Integer detectedYear) {
        List<HeadlineLabel> scored = labels.stream().filter(l -> isHeadline(l.code(), l.measure())).toList();
        Map<HeadlineKey, HeadlineLabel> byKey = new LinkedHashMap<>();
        Set<String> labelledSlots = new LinkedHashSet<>();
        for (HeadlineLabel l : scored) {
            byKey.putIfAbsent(l.key(), l);
            labelledSlots.add(l.key().slot());
        }
        Set<HeadlineKey> expected = byKey.keySet();
        Map<HeadlineKey, IndicatorValue> taking = new LinkedHashMap<>();
        for (IndicatorValue v : rows) {
            HeadlineKey k = keyOf(v);
            if (k != null && takesPart(k, reportYear)) {
                taking.putIfAbsent(k, v);
            }
        }
        int right = 0;
        List<Wrong> wrong = new ArrayList<>();
        List<Graded> graded = new ArrayList<>();
        for (Map.Entry<HeadlineKey, IndicatorValue> e : taking.entrySet()) {
            graded.add(new Graded(e.getValue().confidence(), expected.contains(e.getKey())));
            if (expected.contains(e.getKey())) {
                right++;
            } else {
                String context = context(text, e.getValue());
                wrong.add(new Wrong(e.getKey(), context,
                        classify(e.getKey(), context, labelledSlots, expected, reportYear, detectedYear),
                        Math.round(e.getValue().confidence() * 100) / 100.0));
            }
        }
        List<HeadlineLabel> missed = byKey.values().stream().filter(l -> !taking.containsKey(l.key())).toList();
        return new HeadlineScore(expected.size(), expected.size() - missed.size(), taking.size(), right, wrong, missed,
                graded);
    }

    static HeadlineKey keyOf(IndicatorValue v) {
        if (v.code() == null || v.value() == null || v.qualitative() || v.measure() == null || v.kind() == null
                || v.year() == null || !v.isRegionYearFigure()) {
            return null;
        }
        String measure = v.measure().name().toLowerCase(Locale.ROOT);
        if (!isHeadline(v.code(), measure)) {
            return null;
        }
        double value = Units.normaliseEngine(v.value(), v.normalizedValue(), v.normalizedUnit());
        String qualifier = v.qualifier() == null ? "eq" : v.qualifier().name().toLowerCase(Locale.ROOT);
        return new HeadlineKey(v.code(), measure, v.kind().id(), v.year(), value, qualifier, v.stretch());
    }

    private static boolean takesPart(HeadlineKey k, int reportYear) {
        return k.kind().equals("actual") ? k.year() == reportYear - 1 : k.year() == reportYear;
    }

    private static String context(String text, IndicatorValue v) {
        int from = Math.max(0, v.start() - 30);
        int to = Math.min(text.length(), v.end() + 8);
        return text.substring(from, v.start()) + "【" + text.substring(v.start(), v.end()) + "】"
                + text.substring(v.end(), to).replace('\n', ' ');
    }

    /**
     * The classes of error, told from the words before the value: a reading aid for the printed
     * report, not part of the score.
     */
    static String classify(HeadlineKey k, String context, Set<String> labelledSlots, Set<HeadlineKey> expected,
                           int reportYear, Integer detectedYear) {
        String before = context.substring(0, context.indexOf('【'));
        String near = before.length() > 14 ? before.substring(before.length() - 14) : before;
        if (detectedYear != null && detectedYear != reportYear) {
            return "report year";
        }
        if (context.contains("百分点")) {
            return "pp change";
        }
        if (near.matches(".*(年均|累计|五年|以来|十三五|十四五|十二五|从\\d{4}年|由\\d{4}年).*")) {
            return "period";
        }
        if (near.matches(".*(占|比重|占比|拉动|贡献).*")) {
            return "share";
        }
        if (near.matches(".*(人均|其中|新区|开发区|高新区|园区|片区|自贸|全国|全省).*")) {
            return "part";
        }
        if (k.kind().equals("actual") && context.matches(".*(控制在|以内|目标).*")) {
            return "ceiling or target beside a result";
        }
        if (near.matches(".*(增加|新增|净增|增长)$") && k.measure().equals("level")) {
            return "increment";
        }
        if (labelledSlots.contains(k.slot())) {
            for (HeadlineKey e : expected) {
                if (e.slot().equals(k.slot()) && Math.abs(e.value() - k.value()) < 1e-6) {
                    return "qualifier or stretch";
                }
            }
            return "wrong value";
        }
        return "not a headline figure";
    }

    HeadlineScore plus(HeadlineScore o) {
        List<Wrong> w = new ArrayList<>(wrong);
        w.addAll(o.wrong);
        List<HeadlineLabel> m = new ArrayList<>(missed);
        m.addAll(o.missed);
        List<Graded> g = new ArrayList<>(graded);
        g.addAll(o.graded);
        return new HeadlineScore(labels + o.labels, found + o.found, taking + o.taking, right + o.right, w, m, g);
    }

    double precision() {
        return taking == 0 ? 1 : right / (double) taking;
    }

    double recall() {
        return labels == 0 ? 1 : found / (double) labels;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P %.3f (%d/%d) R %.3f (%d/%d)", precision(), right, taking, recall(),
                found, labels);
    }
}
