package io.zhibiao.core.export;

import io.zhibiao.core.compare.FigureChoice;
import io.zhibiao.core.compare.Observation;
import io.zhibiao.core.compare.Outcome;
import io.zhibiao.core.compare.TargetJudge;
import io.zhibiao.core.export.PanelCandidates.Figure;
import io.zhibiao.core.export.PanelCandidates.Role;
import io.zhibiao.core.export.PanelHeadlines.Block;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.Region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The table a briefing pastes: one block of rows per headline indicator and measure (growth in %, levels
 * in the block's unit), regions down, years across. A year has up to three columns, the target, the stretch
 * target (力争) and the actual, and a column with no figure at all is left out. Each cell shows one
 * statement chosen by {@link FigureChoice} and links to its row in the Indicators sheet; a cell whose
 * statements disagree is orange with a comment listing them, an estimate (预计) is italic on light blue with
 * a note, a missed actual is red. The blocks share one header row so the sheet keeps a single autofilter.
 */
final class PanelSheet {
    private static final List<String> FIXED_KEYS = List.of("col.indicator", "col.measure", "col.province",
            "col.region", "col.regionCode");
    private static final Map<Role, String> HEADER_KEYS = new EnumMap<>(Map.of(Role.TARGET, "panel.target",
            Role.STRETCH, "panel.stretch", Role.ACTUAL, "panel.actual"));

    /** What the About sheet says of the Panel. */
    record Result(int rows, int conflicts) {
    }

    private record RowKey(Block block, String regionCode) {
    }

    private record Column(int year, Role role) {
    }

    /** One cell ready to write, with its comment and link (either may be null). */
    private record Cell(ExportCell value, String comment, String link) {
        static final Cell EMPTY = new Cell(ExportCell.EMPTY, null, null);
    }

    private PanelSheet() {
    }

    static Result write(ExportContext ctx, PanelCandidates candidates, SourceLinks links, PanelNotes notes) {
        PanelHeadlines headlines = candidates.headlines();
        TreeSet<Column> columns = new TreeSet<>(Comparator.comparingInt(Column::year).thenComparing(Column::role));
        Map<RowKey, Map<Column, FigureChoice>> table = choose(candidates, columns);
        int conflicts = readQuotedSentences(table, links, notes);
        Labels l = ctx.labels();
        List<String> headers = new ArrayList<>(FIXED_KEYS.stream().map(l::get).toList());
        columns.forEach(c -> headers.add(l.format(HEADER_KEYS.get(c.role()), Integer.toString(c.year()))));
        List<List<Cell>> rows = new ArrayList<>(table.size());
        for (Map.Entry<RowKey, Map<Column, FigureChoice>> row : table.entrySet()) {
            List<Cell> cells = fixedCells(ctx, row.getKey());
            for (Column c : columns) {
                FigureChoice choice = row.getValue().get(c);
                cells.add(choice == null ? Cell.EMPTY
                        : cell(choice, row.getKey().block(), missed(row.getValue(), c), headlines, links, notes));
            }
            rows.add(cells);
        }
        writeNonEmptyColumns(ctx, headers, rows);
        return new Result(rows.size(), conflicts);
    }

    /** The figure each cell shows, by row (block, then region code); {@code columns} gets every column used. */
    private static Map<RowKey, Map<Column, FigureChoice>> choose(PanelCandidates candidates, Set<Column> columns) {
        Map<RowKey, Map<Column, FigureChoice>> table = new TreeMap<>(Comparator
                .comparing(RowKey::block, candidates.headlines().order()).thenComparing(RowKey::regionCode));
        for (Map.Entry<Figure, List<Observation>> e : candidates.figures().entrySet()) {
            Figure f = e.getKey();
            FigureChoice choice = FigureChoice.of(e.getValue());
            if (choice != null) {
                Column column = new Column(f.year(), f.role());
                table.computeIfAbsent(new RowKey(f.block(), f.regionCode()), k -> new HashMap<>()).put(column, choice);
                columns.add(column);
            }
        }
        return table;
    }

    /** Reads at once the sentences the comments will quote; returns how many cells are in conflict. */
    private static int readQuotedSentences(Map<RowKey, Map<Column, FigureChoice>> table, SourceLinks links,
                                           PanelNotes notes) {
        List<FigureChoice> conflicting = new ArrayList<>();
        List<Observation> unlinked = new ArrayList<>();
        for (Map<Column, FigureChoice> row : table.values()) {
            for (FigureChoice choice : row.values()) {
                if (choice.conflicting()) {
                    conflicting.add(choice);
                } else if (!links.has(choice.chosen())) {
                    unlinked.add(choice.chosen());
                }
            }
        }
        notes.prepare(conflicting, unlinked);
        return conflicting.size();
    }

    private static List<Cell> fixedCells(ExportContext ctx, RowKey key) {
        Labels l = ctx.labels();
        Region region = ctx.scope().region(key.regionCode());
        Block b = key.block();
        List<Cell> c = new ArrayList<>();
        c.add(fixed(ExportCell.text(ctx.indicatorName(b.code(), null))));
        c.add(fixed(ExportCell.text(l.format("panel.measureUnit", l.measure(b.measure()), b.unit()))));
        c.add(fixed(ExportCell.text(region == null ? null : region.provinceName())));
        c.add(fixed(ExportCell.text(region == null ? null : region.name())));
        c.add(fixed(ExportCell.text(key.regionCode())));
        return c;
    }

    private static Cell fixed(ExportCell value) {
        return new Cell(value, null, null);
    }

    /** True for an actual that misses the year's target (the stretch target where no other is stated). */
    private static boolean missed(Map<Column, FigureChoice> row, Column c) {
        if (c.role() != Role.ACTUAL) {
            return false;
        }
        FigureChoice target = row.get(new Column(c.year(), Role.TARGET));
        if (target == null) {
            target = row.get(new Column(c.year(), Role.STRETCH));
        }
        return target != null
                && TargetJudge.judge(target.chosen(), row.get(c).chosen()).outcome() == Outcome.MISSED;
    }

    private static Cell cell(FigureChoice choice, Block block, boolean missed, PanelHeadlines headlines,
                             SourceLinks links, PanelNotes notes) {
        Observation o = choice.chosen();
        ExportCell value = value(o, block, headlines).marked((missed ? ExportCell.MISSED : 0)
                | (choice.conflicting() ? ExportCell.CONFLICT : 0) | (o.estimated() ? ExportCell.ESTIMATED : 0));
        String link = links.of(o);
        StringJoiner comment = new StringJoiner("\n\n");
        if (o.estimated()) {
            comment.add(notes.estimated());
        }
        if (choice.conflicting()) {
            comment.add(notes.conflict(choice));
        } else if (link == null) {
            comment.add(notes.source(o));
        }
        return new Cell(value, comment.length() == 0 ? null : comment.toString(), link);
    }

    /** The figure as a number in the block's unit with its qualifier in the format; a range as text. */
    private static ExportCell value(Observation o, Block block, PanelHeadlines headlines) {
        if (o.qualifier() == Qualifier.RANGE && o.low() != null && o.high() != null) {
            return ExportCell.text(NumberFormats.plain(headlines.shown(o, block, o.low())) + "–"
                    + NumberFormats.plain(headlines.shown(o, block, o.high())));
        }
        String format = NumberFormats.forValue(block.measure(), block.unit(), null);
        return ExportCell.number(headlines.shown(o, block, o.value()),
                NumberFormats.withQualifier(format, o.qualifier()));
    }

    /** Writes the table without the columns that hold nothing in any row. */
    private static void writeNonEmptyColumns(ExportContext ctx, List<String> headers, List<List<Cell>> rows) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            int column = i;
            // an empty Panel keeps its fixed headers, so the sheet still says what it would hold
            boolean used = rows.isEmpty() ? i < FIXED_KEYS.size()
                    : rows.stream().anyMatch(r -> r.get(column).value().value() != null);
            if (used) {
                kept.add(i);
            }
        }
        int frozen = (int) kept.stream().filter(i -> i < FIXED_KEYS.size()).count();
        SheetWriter w = new SheetWriter(ctx.workbook(), ctx.styles(), ctx.labels().sheet(ExportSheet.PANEL),
                kept.stream().map(headers::get).toList(), frozen);
        for (List<Cell> row : rows) {
            List<ExportCell> values = new ArrayList<>(kept.size());
            Map<Integer, String> comments = new HashMap<>();
            Map<Integer, String> rowLinks = new HashMap<>();
            for (int i = 0; i < kept.size(); i++) {
                Cell c = row.get(kept.get(i));
                values.add(c.value());
                if (c.comment() != null) {
                    comments.put(i, c.comment());
                }
                if (c.link() != null) {
                    rowLinks.put(i, c.link());
                }
            }
            w.row(values, comments, rowLinks);
        }
        w.finish();
    }
}
