package io.zhibiao.bench;

import io.zhibiao.core.export.CsvExporter;
import io.zhibiao.core.export.ExcelExporter;
import io.zhibiao.core.export.ExportProgress;
import io.zhibiao.core.export.ExportRequest;
import io.zhibiao.core.export.ExportSummary;
import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Region;
import io.zhibiao.core.model.RegionLevel;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.NewDocument;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.Store;
import io.zhibiao.testing.SampleReports;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Times the export of 100,000 indicators (not a test: run it by hand, with the heap a small laptop
 * gives a desktop app):
 * <pre>mvn -q test-compile && java -Xmx256m -cp target/test-classes:target/classes:$(cat cp.txt) \
 *     io.zhibiao.bench.ExportBenchmark [indicators] [workbench]</pre>
 * With {@code workbench}, the first export runs as the workbench's first export of a session does: after
 * the workbook's classes were loaded in the background ({@code ExcelExporter.warmUp}, which the workbench
 * starts some seconds after its window shows); without it, as in a JVM that has never loaded them.
 * The store is filled through the real DAOs with copies of the indicators the engine extracts from the
 * three sample reports, spread over the prefectures of the gazetteer and the years 2019-2025.
 * Limits (see {@link Limits}): {@code limit:xlsx-first-s}, {@code limit:xlsx-again-s}, {@code limit:csv-s}.
 */
public final class ExportBenchmark {
    public static void main(String[] all) throws Exception {
        List<String> args = new ArrayList<>();
        Limits limits = Limits.from(all, args);
        int wanted = args.size() > 0 ? Integer.parseInt(args.get(0)) : 100_000;
        boolean workbench = args.size() > 1 && "workbench".equals(args.get(1));
        Path dir = Files.createTempDirectory("zhibiao-export-bench");
        try (Store store = Store.open(dir.resolve("store/zhibiao"))) {
            long t0 = System.nanoTime();
            int rows = fill(store, wanted);
            System.out.printf("filled %,d indicators in %d documents in %.1f s%n", rows,
                    store.documents().listSummaries().size(), (System.nanoTime() - t0) / 1e9);
            if (workbench) {
                long t = System.nanoTime();
                ExcelExporter.warmUp().get();
                System.out.printf("workbook classes loaded beforehand, as the workbench does after start: %.2f s%n",
                        (System.nanoTime() - t) / 1e9);
            }
            resetPeaks();
            double first = time("xlsx", () -> ExcelExporter.export(store, ExportRequest.allDocuments(),
                    dir.resolve("out.xlsx"), ExportProgress.NONE, () -> false), dir.resolve("out.xlsx"));
            // a second run shows the steady state once the JIT has compiled the export
            double again = time("xlsx again", () -> ExcelExporter.export(store, ExportRequest.allDocuments(),
                    dir.resolve("out.xlsx"), ExportProgress.NONE, () -> false), dir.resolve("out.xlsx"));
            double csv = time("csv", () -> CsvExporter.export(store, ExportRequest.allDocuments(),
                    dir.resolve("out.csv"), ExportProgress.NONE, () -> false), dir.resolve("out.csv"));
            limits.atMost("xlsx-first-s", "export of " + rows + " rows to xlsx, first", first, "s");
            limits.atMost("xlsx-again-s", "export of " + rows + " rows to xlsx, again", again, "s");
            limits.atMost("csv-s", "export of " + rows + " rows to CSV", csv, "s");
        }
        System.out.printf("max heap %d MB; peak heap used %d MB; JVM options %s%n", Runtime.getRuntime().maxMemory() >> 20,
                peakHeap() >> 20, java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        limits.finish("export benchmark");
    }

    private interface Export {
        ExportSummary run();
    }

    /** Runs the export, prints its wall and CPU time and its size; returns the wall time in seconds. */
    private static double time(String what, Export export, Path file) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        ExportSummary s = export.run();
        // CPU time of the exporting thread tells the cost apart from waiting for a busy machine
        double wall = (System.nanoTime() - t) / 1e9;
        System.out.printf("%s: %.2f s wall, %.2f s cpu, %,d bytes, rows %s, comments %s, Panel conflicts %,d%n",
                what, wall, (threads.getCurrentThreadCpuTime() - cpu) / 1e9,
                Files.size(file), s.rowsPerSheet(), s.commented(), s.panelConflicts());
        return wall;
    }

    static int fill(Store store, int wanted) throws Exception {
        ImportService.withBundledData(store).importPaths(List.of(SampleReports.DIR), ImportListener.NONE, () -> false);
        List<List<IndicatorValue>> templates = new ArrayList<>();
        List<DocumentKind> kinds = new ArrayList<>();
        int rows = 0;
        for (DocumentSummary d : store.documents().listSummaries()) {
            templates.add(store.indicators().findByDocument(d.id()).stream().map(StoredIndicator::value).toList());
            kinds.add(d.effectiveKind());
            rows += d.indicatorCount();
        }
        List<Region> prefectures = store.regions().findAll().stream()
                .filter(r -> r.level() == RegionLevel.PREFECTURE).toList();
        Instant now = Instant.now();
        for (int n = 0; rows < wanted; n++) {
            int t = n % templates.size();
            Region region = prefectures.get((n / templates.size()) % prefectures.size());
            int year = 2019 + (n / templates.size() / prefectures.size()) % 7;
            List<IndicatorValue> values = shift(templates.get(t), year - 2023, Math.min(templates.get(t).size(),
                    wanted - rows));
            String text = "合成报告 " + n + " " + region.name() + " " + year;
            store.documents().insertDocument(new NewDocument("/bench/" + n + ".txt", n + ".txt", sha256(text),
                    text.length(), "txt", "UTF-8", text, text, year + "年" + region.name() + "政府工作报告",
                    region.code(), 0.9, year, 0.9, kinds.get(t), 0.9, null, null, null, null, null, null,
                    now, null), values);
            rows += values.size();
        }
        return rows;
    }

    /** The template's indicators moved by {@code years}, so the synthetic reports pair across years. */
    private static List<IndicatorValue> shift(List<IndicatorValue> template, int years, int count) {
        List<IndicatorValue> out = new ArrayList<>(count);
        for (IndicatorValue v : template.subList(0, count)) {
            out.add(new IndicatorValue(v.code(), v.name(), v.measure(), v.kind(),
                    v.year() == null ? null : v.year() + years, v.value(), v.unit(), v.normalizedValue(),
                    v.normalizedUnit(), v.qualifier(), v.low(), v.high(), v.stretch(), v.estimated(),
                    v.qualitative(), v.start(), v.end(), v.sentence(), v.confidence()));
        }
        return out;
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
