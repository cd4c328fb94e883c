package io.zhibiao.core.export;

import io.zhibiao.core.catalog.StoreCatalog;
import io.zhibiao.core.compare.Observation;
import io.zhibiao.core.compare.TargetActualPair;
import io.zhibiao.core.compare.TargetActualPairing;
import io.zhibiao.core.extract.catalog.IndicatorCatalog;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.Store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * Writes a briefing workbook (.xlsx) from the store: Indicators, Targets vs actuals, the Target table the
 * China desks publish, Panel, Charts, Sources, History and About, in the request's language.
 *
 * <p>Rows stream to temporary files as worksheet XML ({@link SheetRows}) and never stay in memory, so the
 * export of 100,000 indicators runs in a small heap; POI's streaming workbook ({@link FastZipWorkbook})
 * holds the rest of the workbook. Cell comments stay in memory until the file is written ({@link
 * SheetExtras}), so a sheet gets its source sentences as comments only when it needs at most
 * {@value #COMMENT_LIMIT} of them. Larger exports keep each sentence in the Indicators sheet's Source
 * sentence column, and the Targets sheet names the indicator ids to look them up; the About sheet says
 * which applies. The Panel's comments are of another kind (the statements of a figure in conflict, an
 * estimate's note) and are always written; its figures link to their Indicators rows instead of quoting.
 *
 * <p>The file is written next to the target and moved over it at the end: a failure, a cancel or a
 * target open in Excel leaves the previous file untouched. The sheets are written into a folder of the
 * export's own in the data folder ({@link ExportScratch}), which the next start removes after a kill.
 */
public final class ExcelExporter {
    /** Most cell comments one sheet gets; a sheet that would need more gets none. */
    public static final int COMMENT_LIMIT = 2_000;

    private ExcelExporter() {
    }

    /**
     * Starts loading the workbook's classes (POI's charts most of all) in the background, once per process:
     * the workbench calls it some seconds after start and again when the export dialog opens, the command
     * line as soon as an export is asked for (the loading overlaps the store's opening). Done when loaded.
     */
    public static CompletableFuture<Void> warmUp() {
        return ChartSheet.warmUp();
    }

    /**
     * @throws TargetNotWritableException when {@code out} is a folder, locked or read-only
     * @throws ExportCancelledException   when {@code cancelled} turned true; nothing was written
     * @throws ExportException            for an unknown document, region or tag, or a failed write
     */
    public static ExportSummary export(Store store, ExportRequest request, Path out, ExportProgress progress,
                                       BooleanSupplier cancelled) {
        Instant started = Instant.now();
        ExportScope scope = ExportScope.resolve(store, request);
        Labels labels = Labels.of(request.language());
        // the store's catalog, so an analyst's own indicators carry their names and English names
        IndicatorCatalog catalog = StoreCatalog.of(store).current().active();
        Set<ExportSheet> sheets = request.sheetsToWrite();
        if (sheets.contains(ExportSheet.CHARTS)) {
            ChartSheet.warmUp();
        }
        Set<ExportSheet> commented = EnumSet.noneOf(ExportSheet.class);
        Map<ExportSheet, Integer> rows = new EnumMap<>(ExportSheet.class);
        int[] panelConflicts = new int[1]; // set by the Panel, inside the write below
        Path dataFolder = store.location().toAbsolutePath().getParent();
        ExportTarget.write(out, dataFolder, stream -> {
            try (ExportScratch ignored = ExportScratch.in(dataFolder)) {
                FastZipWorkbook workbook = new FastZipWorkbook();
                try {
                    ExportContext ctx = new ExportContext(workbook, new WorkbookStyles(workbook, labels.chinese()),
                            labels, catalog, scope, request.zone());
                    try {
                        writeSheets(ctx, store, request, sheets, commented, rows, panelConflicts, started, progress,
                                cancelled);
                    } catch (UncheckedIOException e) {
                        throw e.getCause();
                    }
                    if (cancelled.getAsBoolean()) {
                        throw new ExportCancelledException();
                    }
                    workbook.write(stream);
                } finally {
                    workbook.dispose();
                    workbook.close();
                }
            }
        });
        return new ExportSummary(out, Collections.unmodifiableMap(rows), scope.documents().size(),
                Collections.unmodifiableSet(commented), panelConflicts[0],
                Duration.between(started, Instant.now()));
    }

    /** The national report's statements go under the nation's key, as benchmarks; a target in words is noted. */
    private static void offerToTable(TargetTable table, Observation o, boolean national) {
        if (national) {
            table.offerBenchmark(o.inRegion(TargetTable.NATIONAL));
        } else {
            table.offerWords(o);
        }
    }

    private static void writeSheets(ExportContext ctx, Store store, ExportRequest request, Set<ExportSheet> sheets,
                                    Set<ExportSheet> commented, Map<ExportSheet, Integer> rows,
                                    int[] panelConflicts, Instant started, ExportProgress progress,
                                    BooleanSupplier cancelled) throws IOException {
        boolean comments = IndicatorPass.upperBound(ctx.scope()) <= COMMENT_LIMIT;
        if (comments && sheets.contains(ExportSheet.INDICATORS)) {
            commented.add(ExportSheet.INDICATORS);
        }
        boolean pairing = sheets.contains(ExportSheet.TARGETS_VS_ACTUALS);
        ChartSheet.Result[] charts = new ChartSheet.Result[1];
        boolean figures = sheets.contains(ExportSheet.PANEL) || sheets.contains(ExportSheet.TARGET_TABLE)
                || sheets.contains(ExportSheet.CHARTS);
        PanelCandidates panel = figures ? new PanelCandidates(new PanelHeadlines(ctx.catalog())) : null;
        TargetTable table = sheets.contains(ExportSheet.TARGET_TABLE) ? new TargetTable(panel.headlines()) : null;
        Set<Long> national = table != null ? ExportScope.nationalReports(store) : Set.of();
        List<Observation> observations = new ArrayList<>();
        Map<Long, Integer> perDocument = new HashMap<>();
        IndicatorColumns columns = new IndicatorColumns(ctx.labels(), ctx.catalog(), ctx.zone());
        SheetWriter indicators = sheets.contains(ExportSheet.INDICATORS)
                ? new SheetWriter(ctx.workbook(), ctx.styles(), ctx.labels().sheet(ExportSheet.INDICATORS),
                columns.headers(), 0) : null;
        IndicatorPass.run(store, ctx.scope(), r -> {
            perDocument.merge(r.document().id(), 1, Integer::sum);
            int row = -1;
            if (indicators != null) {
                String sentence = comments ? r.indicator().value().sentence() : null;
                row = indicators.row(columns.cells(r), sentence == null || sentence.isBlank() ? Map.of()
                        : Map.of(IndicatorColumns.VALUE_COLUMN, sentence));
            }
            if ((pairing || panel != null) && r.indicator().value().code() != null
                    && r.indicator().status() != ReviewStatus.REJECTED) {
                // the Target table reads each target's wording from its sentence: kept from here, not read back
                Observation o = Observation.of(r.indicator(), r.document(), comments
                        || table != null && TargetTable.readsWordingOf(r.indicator().value()));
                if (pairing) {
                    observations.add(o);
                }
                if (panel != null) {
                    panel.offer(o, row);
                }
                if (table != null) {
                    offerToTable(table, o, national.contains(o.documentId()));
                }
            }
        }, progress, cancelled);
        if (indicators != null) {
            indicators.finish();
            PrintLayout.keyColumns(indicators.sheet(), IndicatorColumns.HEADER_KEYS.size(), columns.printed(), 0);
            rows.put(ExportSheet.INDICATORS, indicators.dataRows());
        }
        SentenceSource sentences = new SentenceSource(store);
        if (pairing) {
            List<TargetActualPair> pairs = TargetActualPairing.pair(observations);
            observations.clear();
            boolean pairComments = TargetsSheet.commentsNeeded(pairs) <= COMMENT_LIMIT;
            if (pairComments) {
                commented.add(ExportSheet.TARGETS_VS_ACTUALS);
            }
            rows.put(ExportSheet.TARGETS_VS_ACTUALS, TargetsSheet.write(ctx, pairs,
                    pairComments ? sentences : null, progress));
        }
        if (table != null) {
            table.readBenchmarks(store, ctx.scope(), national, cancelled);
            rows.put(ExportSheet.TARGET_TABLE, TargetTableSheet.write(ctx, table.build(panel, ctx.scope(), sentences),
                    new PanelNotes(ctx.labels(), ctx.scope(), sentences)));
        }
        if (sheets.contains(ExportSheet.PANEL)) {
            Labels l = ctx.labels();
            SourceLinks links = new SourceLinks(indicators != null ? l.sheet(ExportSheet.INDICATORS) : null,
                    sheets.contains(ExportSheet.SOURCES) ? l.sheet(ExportSheet.SOURCES) : null, panel, ctx.scope());
            PanelSheet.Result result = PanelSheet.write(ctx, panel, links, new PanelNotes(l, ctx.scope(), sentences));
            rows.put(ExportSheet.PANEL, result.rows());
            panelConflicts[0] = result.conflicts();
        }
        if (sheets.contains(ExportSheet.CHARTS)) {
            ChartSheet.Result result = ChartSheet.write(ctx, panel);
            rows.put(ExportSheet.CHARTS, result.rows());
            charts[0] = result;
        }
        if (sheets.contains(ExportSheet.SOURCES)) {
            rows.put(ExportSheet.SOURCES, SourcesSheet.write(ctx, perDocument));
        }
        if (sheets.contains(ExportSheet.HISTORY)) {
            rows.put(ExportSheet.HISTORY, HistorySheet.write(ctx, store, progress, cancelled));
        }
        // About counts its own rows after it is written; the map it shows holds the other sheets
        int about = AboutSheet.write(ctx, request, store.location().toString(), started, new EnumMap<>(rows),
                commented, sheets.contains(ExportSheet.PANEL) ? panelConflicts[0] : null, charts[0],
                sheets.contains(ExportSheet.TARGET_TABLE));
        rows.put(ExportSheet.ABOUT, about);
    }
}
