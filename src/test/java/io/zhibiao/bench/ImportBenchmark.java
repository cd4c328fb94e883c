package io.zhibiao.bench;

import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.importer.ImportSummary;
import io.zhibiao.core.store.Store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Import with extraction into a fresh store: documents/s, MB/s, peak heap, store size per document.
 * Usage: ImportBenchmark [files (1000)] [runs (3)] [folder of real reports instead of generated ones]
 * [limit:median-s=S] [limit:kb-per-doc=KB] (see {@link Limits}).
 */
public final class ImportBenchmark {
    public static void main(String[] all) throws Exception {
        List<String> positional = new ArrayList<>();
        Limits limits = Limits.from(all, positional);
        String[] args = positional.toArray(String[]::new);
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = Files.createTempDirectory("zhibiao-bench-import");
        List<Path> input;
        if (args.length > 2) {
            input = List.of(Path.of(args[2]));
        } else {
            GeneratedCorpus.write(work.resolve("reports"), count, 42);
            input = List.of(work.resolve("reports"));
        }
        long bytes = totalBytes(input.get(0));
        long files = fileCount(input.get(0));
        System.out.printf("import benchmark: %d files, %.1f MB, %d cores%n", files, bytes / 1e6,
                Runtime.getRuntime().availableProcessors());
        warmUp(work);
        List<Double> seconds = new ArrayList<>();
        List<Double> kbPerDoc = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Path db = work.resolve("store-" + run + "/zhibiao");
            try (Store store = Store.open(db); PeakHeap heap = new PeakHeap()) {
                long t0 = System.nanoTime();
                ImportSummary s = ImportService.withBundledData(store).importPaths(input, ImportListener.NONE, () -> false);
                double sec = (System.nanoTime() - t0) / 1e9;
                seconds.add(sec);
                long storeBytes = Files.size(Path.of(db + ".mv.db"));
                kbPerDoc.add(storeBytes / 1024.0 / Math.max(1, s.imported()));
                System.out.printf("  run %d: %.2f s, %.0f docs/s, %.1f MB/s, imported %d, failed %d, peak heap %d MB,"
                                + " store %.1f KB/doc%n", run + 1, sec, files / sec, bytes / 1e6 / sec, s.imported(),
                        s.failed(), heap.peakMb(), storeBytes / 1024.0 / Math.max(1, s.imported()));
            }
        }
        seconds.sort(Comparator.naturalOrder());
        double median = seconds.get(seconds.size() / 2);
        System.out.printf("import median: %.2f s for %d files (%.0f docs/s, %.1f MB/s)%n", median, files,
                files / median, bytes / 1e6 / median);
        kbPerDoc.sort(Comparator.naturalOrder());
        limits.atMost("median-s", "import of " + files + " reports with extraction, median", median, "s");
        limits.atMost("kb-per-doc", "store size per document", kbPerDoc.get(kbPerDoc.size() / 2), "KB");
        limits.finish("import benchmark");
    }

    /** One small import first, so class loading and JIT are not billed to the measured runs. */
    private static void warmUp(Path work) throws IOException {
        Path dir = work.resolve("warmup");
        GeneratedCorpus.write(dir, 60, 7);
        try (Store store = Store.open(work.resolve("warmup-store/zhibiao"))) {
            ImportService.withBundledData(store).importPaths(List.of(dir), ImportListener.NONE, () -> false);
        }
    }

    private static long totalBytes(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static long fileCount(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }
}
