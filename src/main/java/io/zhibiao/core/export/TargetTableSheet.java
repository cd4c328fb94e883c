package io.zhibiao.core.export;

import io.zhibiao.core.compare.FigureChoice;
import io.zhibiao.core.compare.Observation;
import io.zhibiao.core.export.PanelHeadlines.Block;
import io.zhibiao.core.export.TargetTable.Group;
import io.zhibiao.core.export.TargetTable.Row;
import io.zhibiao.core.export.TargetTable.RowKind;
import io.zhibiao.core.model.Region;
import io.zhibiao.core.model.TargetState;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the {@link TargetTable}: one row per indicator × report year × region, then the benchmark rows
 * (the parent province, the nation) and the statistics rows (count, mean, median, GDP-weighted mean), in one
 * table under one header so the analyst filters it by indicator and year. A figure whose statements disagree
 * is orange with a comment listing them, as in the Panel.
 */
final class TargetTableSheet {
    static final List<String> HEADER_KEYS = List.of("col.indicator", "col.measure", "col.reportYear",
            "table.rowKind", "col.province", "col.region", "col.regionCode", "table.target", "table.stretch",
            "table.wording", "table.cue", "table.state", "table.previousTarget", "table.change",
            "table.changePoints", "table.previousActual", "table.gapPoints", "table.weight", "col.targetSource",
            "table.note");
    static final int FIXED_COLUMNS = 7;

    private TargetTableSheet() {
    }

    /** @return the rows written */
    static int write(ExportContext ctx, List<Group> groups, PanelNotes notes) {
        List<FigureChoice> conflicting = new ArrayList<>();
        for (Group g : groups) {
            for (Row r : g.rows()) {
                for (FigureChoice c : new FigureChoice[]{r.target(), r.stretch()}) {
                    if (c != null && c.conflicting()) {
                        conflicting.add(c);
                    }
                }
            }
        }
        notes.prepare(conflicting, List.of());
        SheetWriter w = ctx.newSheet(ExportSheet.TARGET_TABLE, HEADER_KEYS, FIXED_COLUMNS);
        for (Group g : groups) {
            for (Row r : g.rows()) {
                writeRow(ctx, w, r, notes);
            }
            writeStatistics(ctx, w, g);
        }
        w.finish();
        return w.dataRows();
    }

    private static List<ExportCell> fixed(ExportContext ctx, Block b, int year, String rowKind, String region) {
        Labels l = ctx.labels();
        Region r = TargetTable.NATIONAL.equals(region) ? null : ctx.scope().region(region);
        List<ExportCell> c = new ArrayList<>(HEADER_KEYS.size());
        c.add(ExportCell.text(ctx.indicatorName(b.code(), null)));
        c.add(ExportCell.text(l.format("panel.measureUnit", l.measure(b.measure()), b.unit())));
        c.add(ExportCell.integer(year));
        c.add(ExportCell.text(rowKind));
        c.add(ExportCell.text(r == null ? null : r.provinceName()));
        c.add(ExportCell.text(TargetTable.NATIONAL.equals(region) ? l.get("table.nation")
                : r == null ? null : r.name()));
        c.add(ExportCell.text(TargetTable.NATIONAL.equals(region) ? null : region));
        return c;
    }

    private static void writeRow(ExportContext ctx, SheetWriter w, Row r, PanelNotes notes) {
        Labels l = ctx.labels();
        String format = NumberFormats.GROWTH;
        List<ExportCell> c = fixed(ctx, r.block(), r.year(), l.get("table.row." + r.kind().name().toLowerCase(Locale.ROOT)),
                r.regionCode());
        Map<Integer, String> comments = new HashMap<>();
        c.add(figure(r.target(), format, c.size(), comments, notes));
        c.add(figure(r.stretch(), format, c.size(), comments, notes));
        // last year's figures are orange where in conflict too; their statements are listed where they are
        // the row's own (last year's row, the Panel), not once more on every row that looks back at them
        c.add(ExportCell.text(r.wording() == null ? null : l.get("wording." + r.wording().wording().id())));
        c.add(ExportCell.text(r.wording() == null ? null : r.wording().cue()));
        c.add(ExportCell.text(l.get("state." + r.state().id())));
        c.add(figure(r.previousTarget(), format, c.size(), null, notes));
        c.add(ExportCell.text(r.change() == null ? null : l.get("change." + r.change().id())));
        c.add(ExportCell.number(r.changePoints(), NumberFormats.POINTS));
        c.add(figure(r.previousActual(), format, c.size(), null, notes));
        c.add(ExportCell.number(r.gapPoints(), NumberFormats.POINTS));
        c.add(ExportCell.number(r.weight(), NumberFormats.AMOUNT));
        Observation source = r.deciding() == null ? null : r.deciding().chosen();
        c.add(ExportCell.text(source == null ? null : source.documentTitle() != null ? source.documentTitle()
                : ctx.scope().documentLabel(source.documentId())));
        c.add(ExportCell.text(note(l, r)));
        w.row(c, comments);
    }

    /** Says why a comparison is missing where the analyst can do something about it. */
    private static String note(Labels l, Row r) {
        if (r.kind() == RowKind.REGION && r.state() == TargetState.STATED && r.previousTarget() == null
                && !r.previousReport()) {
            return l.format("table.noPreviousReport", Integer.toString(r.year() - 1));
        }
        return null;
    }

    /** @param comments where a conflict's comment goes, or null to mark the cell only */
    private static ExportCell figure(FigureChoice choice, String format, int column, Map<Integer, String> comments,
                                     PanelNotes notes) {
        if (choice == null) {
            return ExportCell.EMPTY;
        }
        ExportCell cell = TargetsSheet.targetCell(choice.chosen(), format);
        if (choice.conflicting()) {
            if (comments != null) {
                comments.put(column, notes.conflict(choice));
            }
            return cell.marked(ExportCell.CONFLICT);
        }
        return cell;
    }

    private static void writeStatistics(ExportContext ctx, SheetWriter w, Group g) {
        Labels l = ctx.labels();
        TargetStatistics.Result s = g.statistics();
        int target = HEADER_KEYS.indexOf("table.target");
        statistic(ctx, w, g, "table.stat.count", ExportCell.integer(s.count()), target, null);
        if (s.count() == 0) {
            return;
        }
        statistic(ctx, w, g, "table.stat.mean", ExportCell.number(s.mean(), NumberFormats.MEAN), target, null);
        statistic(ctx, w, g, "table.stat.median", ExportCell.number(s.median(), NumberFormats.MEAN), target, null);
        String without = s.withoutWeight().isEmpty() ? null : l.format("table.withoutWeight", s.weighted(), s.count(),
                s.withoutWeight().stream().map(code -> regionName(ctx, code)).collect(Collectors.joining("、")));
        statistic(ctx, w, g, "table.stat.weightedMean", ExportCell.number(s.weightedMean(), NumberFormats.MEAN),
                target, without);
    }

    private static String regionName(ExportContext ctx, String code) {
        Region r = ctx.scope().region(code);
        return r == null ? code : r.name();
    }

    private static void statistic(ExportContext ctx, SheetWriter w, Group g, String key, ExportCell value, int column,
                                  String note) {
        List<ExportCell> c = fixed(ctx, g.block(), g.year(), ctx.labels().get(key), null);
        while (c.size() < HEADER_KEYS.size()) {
            c.add(ExportCell.EMPTY);
        }
        c.set(column, value);
        c.set(HEADER_KEYS.indexOf("table.note"), ExportCell.text(note));
        w.row(c);
    }
}
