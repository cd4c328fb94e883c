package io.zhibiao.core.export;

import io.zhibiao.core.compare.Outcome;
import io.zhibiao.core.compare.PairKey;
import io.zhibiao.core.compare.TargetActualPair;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Region;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The table a briefing pastes: one block of rows per headline indicator, regions down, years across.
 * Every year has two columns, the target and the actual, so no cell has to say which one it is; the
 * target shows its qualifier (≥7.0, ≈3.0) and a missed actual is red. The blocks share one header
 * row so the sheet keeps a single autofilter.
 */
final class PanelSheet {
    /** Headline indicators with the measure a briefing quotes them in. */
    static final List<Headline> HEADLINES = List.of(
            new Headline("GDP", Measure.GROWTH), new Headline("IND_VA", Measure.GROWTH),
            new Headline("FAI", Measure.GROWTH), new Headline("RETAIL", Measure.GROWTH),
            new Headline("FISCAL_REV", Measure.GROWTH), new Headline("TRADE", Measure.GROWTH),
            new Headline("INCOME", Measure.GROWTH), new Headline("INCOME_URBAN", Measure.GROWTH),
            new Headline("INCOME_RURAL", Measure.GROWTH), new Headline("CPI", Measure.GROWTH),
            new Headline("UNEMP_RATE", Measure.RATE), new Headline("UNEMP_SURVEYED", Measure.RATE));
    private static final List<String> FIXED_KEYS = List.of("col.indicator", "col.measure", "col.province",
            "col.region", "col.regionCode");

    record Headline(String code, Measure measure) {
    }

    private PanelSheet() {
    }

    static int write(ExportContext ctx, List<TargetActualPair> pairs) {
        Labels l = ctx.labels();
        Map<Headline, Map<String, Map<Integer, TargetActualPair>>> blocks = new LinkedHashMap<>();
        HEADLINES.forEach(h -> blocks.put(h, new TreeMap<>()));
        TreeSet<Integer> years = new TreeSet<>();
        for (TargetActualPair p : pairs) {
            PairKey k = p.key();
            Map<String, Map<Integer, TargetActualPair>> block = blocks.get(new Headline(k.code(), k.measure()));
            if (block != null && (p.decidingTarget() != null && p.decidingTarget().hasNumber()
                    || p.actual() != null && p.actual().hasNumber())) {
                block.computeIfAbsent(k.regionCode(), r -> new TreeMap<>()).put(k.year(), p);
                years.add(k.year());
            }
        }
        List<String> headers = new ArrayList<>(FIXED_KEYS.stream().map(l::get).toList());
        for (int y : years) {
            headers.add(l.format("panel.target", Integer.toString(y)));
            headers.add(l.format("panel.actual", Integer.toString(y)));
        }
        SheetWriter w = new SheetWriter(ctx.workbook(), ctx.styles(), l.sheet(ExportSheet.PANEL), headers,
                FIXED_KEYS.size());
        for (Map.Entry<Headline, Map<String, Map<Integer, TargetActualPair>>> block : blocks.entrySet()) {
            Headline h = block.getKey();
            String unit = h.measure() == Measure.LEVEL ? "" : "%";
            String measure = l.format("panel.measureUnit", l.measure(h.measure()), unit);
            for (Map.Entry<String, Map<Integer, TargetActualPair>> row : block.getValue().entrySet()) {
                writeRow(ctx, w, h, measure, row.getKey(), row.getValue(), years);
            }
        }
        w.finish();
        return w.dataRows();
    }

    private static void writeRow(ExportContext ctx, SheetWriter w, Headline h, String measure, String regionCode,
                                 Map<Integer, TargetActualPair> byYear, TreeSet<Integer> years) {
        Region region = ctx.scope().region(regionCode);
        List<ExportCell> c = new ArrayList<>();
        c.add(ExportCell.text(ctx.indicatorName(h.code(), null)));
        c.add(ExportCell.text(measure));
        c.add(ExportCell.text(region == null ? null : region.provinceName()));
        c.add(ExportCell.text(region == null ? null : region.name()));
        c.add(ExportCell.text(regionCode));
        String format = NumberFormats.GROWTH;
        Set<Integer> missed = new HashSet<>();
        for (int y : years) {
            TargetActualPair p = byYear.get(y);
            c.add(p == null ? ExportCell.EMPTY : TargetsSheet.targetCell(p.decidingTarget(), format));
            boolean hasActual = p != null && p.actual() != null && p.actual().hasNumber();
            c.add(hasActual ? ExportCell.number(p.actual().value(),
                    NumberFormats.withQualifier(format, p.actual().qualifier())) : ExportCell.EMPTY);
            if (p != null && p.outcome() == Outcome.MISSED) {
                missed.add(c.size() - 1);
            }
        }
        w.row(c, Map.of(), missed);
    }
}
