package io.zhibiao.core.export;

import io.zhibiao.core.catalog.StoreCatalog;
import io.zhibiao.core.compare.FigureChoice;
import io.zhibiao.core.compare.Observation;
import io.zhibiao.core.export.PanelCandidates.Figure;
import io.zhibiao.core.export.PanelCandidates.Role;
import io.zhibiao.core.export.PanelHeadlines.Block;
import io.zhibiao.core.extract.catalog.IndicatorCatalog;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.Region;
import io.zhibiao.core.model.ValueKind;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.Store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * Writes the figures as a tidy CSV for Stata and R: one row per region × year × indicator × measure × kind
 * (target or actual), each figure chosen by the Panel's rule ({@link FigureChoice}) from the region's own
 * figures of the year, for every indicator of the store's catalog. Levels are in the first of the catalog's units they
 * convert to (GDP in 亿元), named in the unit column. A target row carries its stretch target (力争) in a
 * column of its own; a conflict is a 1 in {@code conflict}, with the number of statements beside it.
 *
 * <p>Column names and coded values (measure, kind, qualifier, status) are English identifiers whatever the
 * export's language, so a do-file or an R script reads every export alike; names of regions and
 * indicators are in the export's language where the catalog has one. UTF-8 without a byte order mark
 * (Stata's {@code import delimited} and R's {@code read.csv} would read a mark into the first name).
 */
public final class TidyCsvExporter {
    static final List<String> HEADERS = List.of("region_code", "province", "region", "level", "year",
            "indicator_code", "indicator", "measure", "kind", "value", "unit", "qualifier", "low", "high",
            "stretch", "stretch_qualifier", "estimated", "status", "conflict", "statements", "source_document_id",
            "source_document", "report_year", "indicator_id");

    private TidyCsvExporter() {
    }

    public static ExportSummary export(Store store, ExportRequest request, Path out, ExportProgress progress,
                                       BooleanSupplier cancelled) {
        Instant started = Instant.now();
        ExportScope scope = ExportScope.resolve(store, request);
        // the store's catalog, as the workbook's: an analyst's own indicators are figures too
        IndicatorCatalog catalog = StoreCatalog.of(store).current().active();
        Labels labels = Labels.of(request.language());
        PanelCandidates candidates = new PanelCandidates(PanelHeadlines.all(catalog));
        IndicatorPass.run(store, scope, r -> {
            if (r.indicator().value().code() != null && r.indicator().status() != ReviewStatus.REJECTED) {
                candidates.offer(Observation.of(r.indicator(), r.document(), false), -1);
            }
        }, progress, cancelled);
        if (cancelled.getAsBoolean()) {
            throw new ExportCancelledException();
        }
        int[] rows = new int[1];
        ExportTarget.write(out, store.location().toAbsolutePath().getParent(), stream -> {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
                CsvExporter.writeLine(w, HEADERS.stream().map(ExportCell::text).toList());
                rows[0] = writeRows(w, candidates, scope, catalog, labels);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
        return new ExportSummary(out, Map.of(ExportSheet.INDICATORS, rows[0]), scope.documents().size(), Set.of(), 0,
                Duration.between(started, Instant.now()));
    }

    /** A row's key: the figures of one region, indicator, measure, year and kind, its stretch target beside it. */
    private record Key(String regionCode, Block block, int year, ValueKind kind) {
    }

    private static int writeRows(Writer w, PanelCandidates candidates, ExportScope scope, IndicatorCatalog catalog,
                                 Labels labels) {
        Comparator<Key> order = Comparator.comparing(Key::regionCode)
                .thenComparing(Key::block, candidates.headlines().order())
                .thenComparingInt(Key::year).thenComparing(Key::kind);
        TreeMap<Key, FigureChoice[]> table = new TreeMap<>(order);
        for (Map.Entry<Figure, List<Observation>> e : candidates.figures().entrySet()) {
            Figure f = e.getKey();
            FigureChoice choice = FigureChoice.of(e.getValue());
            if (choice == null) {
                continue;
            }
            ValueKind kind = f.role() == Role.ACTUAL ? ValueKind.ACTUAL : ValueKind.TARGET;
            FigureChoice[] pair = table.computeIfAbsent(new Key(f.regionCode(), f.block(), f.year(), kind),
                    k -> new FigureChoice[2]);
            pair[f.role() == Role.STRETCH ? 1 : 0] = choice;
        }
        for (Map.Entry<Key, FigureChoice[]> e : table.entrySet()) {
            CsvExporter.writeLine(w, cells(e.getKey(), e.getValue()[0], e.getValue()[1], candidates.headlines(),
                    scope, catalog, labels));
        }
        return table.size();
    }

    private static List<ExportCell> cells(Key k, FigureChoice base, FigureChoice stretch, PanelHeadlines headlines,
                                          ExportScope scope, IndicatorCatalog catalog, Labels labels) {
        FigureChoice main = base != null ? base : stretch;
        Observation o = main.chosen();
        Block b = k.block();
        Region region = scope.region(k.regionCode());
        List<ExportCell> c = new ArrayList<>(HEADERS.size());
        c.add(ExportCell.text(k.regionCode()));
        c.add(ExportCell.text(region == null ? null : region.provinceName()));
        c.add(ExportCell.text(region == null ? null : region.name()));
        c.add(ExportCell.text(region == null ? null : region.level().id()));
        c.add(ExportCell.integer(k.year()));
        c.add(ExportCell.text(b.code()));
        c.add(ExportCell.text(ExportContext.indicatorName(catalog, labels, b.code(), o.name())));
        c.add(ExportCell.text(b.measure().id()));
        c.add(ExportCell.text(k.kind().id()));
        Observation shown = base == null ? null : base.chosen();
        c.add(number(shown, shown == null ? null : shown.value(), b, headlines));
        c.add(ExportCell.text(b.unit()));
        c.add(ExportCell.text(shown == null || shown.qualifier() == null ? null : shown.qualifier().id()));
        boolean range = shown != null && shown.qualifier() == Qualifier.RANGE;
        c.add(range ? number(shown, shown.low(), b, headlines) : ExportCell.EMPTY);
        c.add(range ? number(shown, shown.high(), b, headlines) : ExportCell.EMPTY);
        Observation s = stretch == null ? null : stretch.chosen();
        c.add(number(s, s == null ? null : s.value(), b, headlines));
        c.add(ExportCell.text(s == null || s.qualifier() == null ? null : s.qualifier().id()));
        c.add(ExportCell.integer(o.estimated() ? 1 : 0));
        c.add(ExportCell.text(o.status().id()));
        boolean conflict = main.conflicting() || base != null && stretch != null && stretch.conflicting();
        c.add(ExportCell.integer(conflict ? 1 : 0));
        c.add(ExportCell.integer(main.candidates().size()));
        c.add(ExportCell.integer(o.documentId()));
        c.add(ExportCell.text(o.documentTitle() != null ? o.documentTitle() : scope.documentLabel(o.documentId())));
        c.add(ExportCell.integer(o.documentYear()));
        c.add(ExportCell.integer(o.indicatorId()));
        return c;
    }

    private static ExportCell number(Observation o, Double stated, Block b, PanelHeadlines headlines) {
        return o == null || stated == null || !o.hasNumber() ? ExportCell.EMPTY
                : ExportCell.number(headlines.shown(o, b, stated), null);
    }
}
