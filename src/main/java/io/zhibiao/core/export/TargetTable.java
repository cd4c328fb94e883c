package io.zhibiao.core.export;

import io.zhibiao.core.compare.FigureChoice;
import io.zhibiao.core.compare.Observation;
import io.zhibiao.core.export.PanelCandidates.Figure;
import io.zhibiao.core.export.PanelCandidates.Role;
import io.zhibiao.core.export.PanelHeadlines.Block;
import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.Region;
import io.zhibiao.core.model.RegionLevel;
import io.zhibiao.core.model.TargetChange;
import io.zhibiao.core.model.TargetState;
import io.zhibiao.core.model.ValueKind;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.Store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * The table China desks publish of local targets (Caixin's, 财联社's, the brokers' provincial-target tables):
 * per growth or rate indicator and report year, each region's target, how firmly it is worded, how it moved
 * from last year's target and how far it stands from last year's actual; the parent province's and the
 * nation's targets as benchmark rows where the store holds them; count, mean, median and GDP-weighted mean
 * across the regions exported. Every figure is chosen by {@link FigureChoice}, the Panel's rule, from the
 * statements the Panel gathers ({@link PanelCandidates}), so the two sheets never show different figures.
 */
final class TargetTable {
    /** The key the national report's figures are filed under; no division of the gazetteer has it. */
    static final String NATIONAL = "000000";
    private static final String GDP = "GDP";
    private static final String GDP_WEIGHT_UNIT = "亿元";

    enum RowKind { REGION, PROVINCE, NATIONAL }

    /**
     * One region's target for an indicator and report year.
     *
     * @param target         the stated target, else null; {@code stretch} the 力争 target
     * @param previousTarget last year's target (its stretch target where no other was stated)
     * @param changePoints   this year's target minus last year's, in percentage points
     * @param gapPoints      this year's target minus last year's actual, in percentage points
     * @param weight         the region's GDP of the latest year before, in 亿元; null without one
     * @param previousReport whether the export holds the region's work report of the year before
     */
    record Row(Block block, int year, RowKind kind, String regionCode, TargetState state, FigureChoice target,
               FigureChoice stretch, TargetWordingReader.Reading wording, FigureChoice previousTarget,
               TargetChange change, Double changePoints, FigureChoice previousActual, Double gapPoints,
               Double weight, boolean previousReport) {

        /** The figure the row is judged by: the stated target, else the stretch target. */
        FigureChoice deciding() {
            return target != null ? target : stretch;
        }
    }

    /** The rows of one indicator and report year, regions first, then benchmarks, and their statistics. */
    record Group(Block block, int year, List<Row> rows, TargetStatistics.Result statistics) {
    }

    private final PanelCandidates benchmarks;
    /** code|region|year of targets stated in words only (与经济增长同步). */
    private final Set<String> wordTargets = new HashSet<>();

    TargetTable(PanelHeadlines headlines) {
        this.benchmarks = new PanelCandidates(headlines);
    }

    /** A statement from outside the export's scope (a province or the nation), or the nation's from inside it. */
    void offerBenchmark(Observation o) {
        benchmarks.offer(o, -1);
    }

    /**
     * Reads the statements of the parent provinces' reports and the national reports that the export leaves
     * out: benchmarks come from the store, not only from the reports exported.
     *
     * @param national the national reports of the store ({@link ExportScope#nationalReports})
     */
    void readBenchmarks(Store store, ExportScope scope, Set<Long> national, BooleanSupplier cancelled) {
        IndicatorPass.run(store, scope.benchmarks(store, parentProvinces(scope), national), r -> {
            if (r.indicator().value().code() != null && r.indicator().status() != ReviewStatus.REJECTED) {
                Observation o = Observation.of(r.indicator(), r.document(), false);
                offerBenchmark(national.contains(o.documentId()) ? o.inRegion(NATIONAL) : o);
            }
        }, ExportProgress.NONE, cancelled);
    }

    /** Notes a target stated in words only, so its row says so instead of "no target stated". */
    void offerWords(Observation o) {
        if (o.qualitative() && o.kind() == ValueKind.TARGET && o.regionYearFigure() && o.status() != ReviewStatus.REJECTED
                && o.regionCode() != null && o.year() != null && o.code() != null) {
            wordTargets.add(o.code() + "|" + o.regionCode() + "|" + o.year());
        }
    }

    /** True for a statement whose sentence the table reads the wording from: a headline growth or rate target. */
    static boolean readsWordingOf(IndicatorValue v) {
        return v.kind() == ValueKind.TARGET && v.isRegionYearFigure() && v.measure() != Measure.LEVEL
                && PanelHeadlines.CODES.contains(v.code());
    }

    /** The provinces whose targets are benchmarks for the regions of {@code scope}. */
    static Set<String> parentProvinces(ExportScope scope) {
        Set<String> codes = new TreeSet<>();
        for (DocumentSummary d : scope.documents()) {
            Region r = scope.regionOf(d);
            if (r != null && r.level() != RegionLevel.PROVINCE && r.provinceCode() != null) {
                codes.add(r.provinceCode());
            }
        }
        return codes;
    }

    /**
     * @param scoped    the statements of the reports exported
     * @param sentences where the wording of each target is read from; loaded here in one pass
     */
    List<Group> build(PanelCandidates scoped, ExportScope scope, SentenceSource sentences) {
        PanelHeadlines headlines = scoped.headlines();
        Choices own = new Choices(scoped.figures(), null);
        Choices all = new Choices(scoped.figures(), benchmarks.figures());
        Set<String> reports = new HashSet<>();
        TreeSet<String> regions = new TreeSet<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (DocumentSummary d : scope.documents()) {
            if (d.effectiveRegionCode() != null && !d.effectiveRegionCode().equals(NATIONAL)) {
                regions.add(d.effectiveRegionCode());
                if (d.effectiveKind() == DocumentKind.WORK_REPORT && d.effectiveYear() != null) {
                    reports.add(d.effectiveRegionCode() + "|" + d.effectiveYear());
                    years.add(d.effectiveYear());
                }
            }
        }
        TreeSet<Block> blocks = new TreeSet<>(headlines.order());
        for (Figure f : scoped.figures().keySet()) {
            if (f.role() != Role.ACTUAL && f.block().measure() != Measure.LEVEL) {
                blocks.add(f.block());
                years.add(f.year());
            }
        }
        Map<String, TreeMap<Integer, Double>> gdp = gdpLevels(scoped, headlines);
        Set<String> provinces = parentProvinces(scope);
        List<Group> groups = new ArrayList<>();
        for (Block b : blocks) {
            for (int year : years) {
                List<Row> rows = new ArrayList<>();
                for (String region : regions) {
                    rows.add(row(own, b, year, RowKind.REGION, region, reports, weight(gdp, region, year)));
                }
                for (String province : provinces) {
                    if (all.target(b, province, year) != null) {
                        rows.add(row(all, b, year, RowKind.PROVINCE, province, reports, null));
                    }
                }
                if (all.target(b, NATIONAL, year) != null) {
                    rows.add(row(all, b, year, RowKind.NATIONAL, NATIONAL, reports, null));
                }
                groups.add(new Group(b, year, rows, statistics(rows)));
            }
        }
        return readWording(groups, sentences);
    }

    private Row row(Choices c, Block b, int year, RowKind kind, String region, Set<String> reports, Double weight) {
        FigureChoice target = c.get(b, region, year, Role.TARGET);
        FigureChoice stretch = c.get(b, region, year, Role.STRETCH);
        FigureChoice previous = c.target(b, region, year - 1);
        FigureChoice previousActual = c.get(b, region, year - 1, Role.ACTUAL);
        FigureChoice deciding = target != null ? target : stretch;
        TargetState state = deciding != null ? TargetState.STATED
                : wordTargets.contains(b.code() + "|" + region + "|" + year) ? TargetState.IN_WORDS
                : reports.contains(region + "|" + year) ? TargetState.NOT_STATED : TargetState.NO_REPORT;
        Double now = deciding == null ? null : value(deciding.chosen());
        Double before = previous == null ? null : value(previous.chosen());
        Double lastActual = previousActual == null ? null : value(previousActual.chosen());
        TargetChange change = now == null || before == null ? null : TargetChange.of(now, before);
        return new Row(b, year, kind, region, state, target, stretch, null, previous, change,
                difference(now, before), previousActual, difference(now, lastActual), weight,
                reports.contains(region + "|" + (year - 1)));
    }

    /** A target's number: a range by its middle (5–6% counts as 5.5 in a change, a gap or a mean). */
    static Double value(Observation o) {
        if (!o.hasNumber()) {
            return null;
        }
        if (o.qualifier() == Qualifier.RANGE && o.low() != null && o.high() != null) {
            return (o.low() + o.high()) / 2;
        }
        return o.value();
    }

    private static Double difference(Double a, Double b) {
        return a == null || b == null ? null : Math.round((a - b) * 1e6) / 1e6;
    }

    private static TargetStatistics.Result statistics(List<Row> rows) {
        List<TargetStatistics.Entry> entries = new ArrayList<>();
        for (Row r : rows) {
            Double v = r.kind() == RowKind.REGION && r.deciding() != null ? value(r.deciding().chosen()) : null;
            if (v != null) {
                entries.add(new TargetStatistics.Entry(r.regionCode(), v, r.weight()));
            }
        }
        return TargetStatistics.of(entries);
    }

    /** Each region's GDP levels in 亿元 by year, chosen by the Panel's rule: the weights. */
    private static Map<String, TreeMap<Integer, Double>> gdpLevels(PanelCandidates scoped, PanelHeadlines headlines) {
        Map<String, TreeMap<Integer, Double>> levels = new HashMap<>();
        for (Map.Entry<Figure, List<Observation>> e : scoped.figures().entrySet()) {
            Figure f = e.getKey();
            if (f.role() == Role.ACTUAL && f.block().code().equals(GDP) && f.block().level()
                    && f.block().unit().equals(GDP_WEIGHT_UNIT)) {
                FigureChoice c = FigureChoice.of(e.getValue());
                if (c != null && c.chosen().hasNumber()) {
                    levels.computeIfAbsent(f.regionCode(), k -> new TreeMap<>())
                            .put(f.year(), headlines.shown(c.chosen(), f.block(), c.chosen().value()));
                }
            }
        }
        return levels;
    }

    /** The region's GDP of the latest year before the report year: what its report looks back on. */
    private static Double weight(Map<String, TreeMap<Integer, Double>> gdp, String region, int year) {
        TreeMap<Integer, Double> levels = gdp.get(region);
        Map.Entry<Integer, Double> e = levels == null ? null : levels.lowerEntry(year);
        return e == null ? null : e.getValue();
    }

    private static List<Group> readWording(List<Group> groups, SentenceSource sentences) {
        List<Observation> targets = new ArrayList<>();
        for (Group g : groups) {
            for (Row r : g.rows()) {
                if (r.deciding() != null) {
                    targets.add(r.deciding().chosen());
                }
            }
        }
        sentences.load(targets);
        List<Group> read = new ArrayList<>(groups.size());
        for (Group g : groups) {
            List<Row> rows = new ArrayList<>(g.rows().size());
            for (Row r : g.rows()) {
                Observation t = r.deciding() == null ? null : r.deciding().chosen();
                rows.add(t == null ? r : new Row(r.block(), r.year(), r.kind(), r.regionCode(), r.state(), r.target(),
                        r.stretch(), TargetWordingReader.read(t, sentences.of(t)), r.previousTarget(), r.change(),
                        r.changePoints(), r.previousActual(), r.gapPoints(), r.weight(), r.previousReport()));
            }
            read.add(new Group(g.block(), g.year(), rows, g.statistics()));
        }
        return read;
    }

    /** The chosen statement of each figure, from the export's statements and, where given, the benchmarks'. */
    private static final class Choices {
        private final Map<Figure, List<Observation>> own;
        private final Map<Figure, List<Observation>> more;
        private final Map<Figure, FigureChoice> chosen = new HashMap<>();

        Choices(Map<Figure, List<Observation>> own, Map<Figure, List<Observation>> more) {
            this.own = own;
            this.more = more;
        }

        FigureChoice get(Block b, String region, int year, Role role) {
            Figure f = new Figure(b, region, year, role);
            return chosen.computeIfAbsent(f, k -> {
                List<Observation> statements = new ArrayList<>(own.getOrDefault(k, List.of()));
                if (more != null) {
                    statements.addAll(more.getOrDefault(k, List.of()));
                }
                return statements.isEmpty() ? null : FigureChoice.of(statements);
            });
        }

        /** The year's target, else its stretch target. */
        FigureChoice target(Block b, String region, int year) {
            FigureChoice t = get(b, region, year, Role.TARGET);
            return t != null ? t : get(b, region, year, Role.STRETCH);
        }
    }
}
