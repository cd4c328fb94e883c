package io.zhibiao.bench;

import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.importer.ImportSummary;
import io.zhibiao.core.store.Store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Import of the 948 Markdown reports of ../shared/corpus/reports-multiyear (about 50 MB) as a user drops the
 * folder: a fresh store per run, all cores. Prints the first run in a fresh JVM (what a user meets), the median
 * of the runs after it, and the peak heap. Fails (exit 1) when the median or the first run is over the limit
 * the pom sets 30% above the README's figure (see {@link Limits}). Skips when the folder is absent.
 * Usage: MultiYearImportBenchmark [folder] [runs (3)] [limit:first-s=S] [limit:median-s=S]
 */
public final class MultiYearImportBenchmark {
    public static void main(String[] all) throws Exception {
        List<String> args = new ArrayList<>();
        Limits limits = Limits.from(all, args);
        Path dir = Path.of(args.size() > 0 ? args.get(0) : "../shared/corpus/reports-multiyear");
        int runs = args.size() > 1 ? Integer.parseInt(args.get(1)) : 3;
        if (!Files.isDirectory(dir)) {
            System.out.println("multi-year import benchmark skipped: no folder " + dir.toAbsolutePath());
            return;
        }
        long bytes;
        int count;
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".md")).toList();
            count = files.size();
            bytes = files.stream().mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("multi-year import benchmark: %d reports, %.1f MB, %d cores%n", count, bytes / 1e6,
                Runtime.getRuntime().availableProcessors());
        Path work = Files.createTempDirectory("zhibiao-bench-multiyear");
        try {
            List<Double> seconds = new ArrayList<>();
            for (int run = 0; run <= runs; run++) {
                try (Store store = Store.open(work.resolve("store-" + run + "/zhibiao"));
                     PeakHeap heap = new PeakHeap()) {
                    long t0 = System.nanoTime();
                    ImportSummary s = ImportService.withBundledData(store)
                            .importPaths(List.of(dir), ImportListener.NONE, () -> false);
                    double sec = (System.nanoTime() - t0) / 1e9;
                    System.out.printf("  %s: %.2f s (%.0f docs/s, %.1f MB/s), imported %d, duplicates %d, failed %d,"
                                    + " unsupported %d, peak heap %d MB%n", run == 0 ? "first run" : "run " + run, sec,
                            count / sec, bytes / 1e6 / sec, s.imported(), s.duplicates(), s.failed(),
                            s.unsupported().size(), heap.peakMb());
                    if (s.imported() + s.duplicates() != count) {
                        System.out.println("  not every report was imported");
                        System.exit(1);
                    }
                    if (run > 0) {
                        seconds.add(sec);
                    } else {
                        limits.atMost("first-s", "multi-year import, first run in a fresh JVM", sec, "s");
                    }
                }
            }
            seconds.sort(Comparator.naturalOrder());
            double median = seconds.get(seconds.size() / 2);
            System.out.printf("multi-year import median: %.2f s for %d reports%n", median, count);
            limits.atMost("median-s", "multi-year import, median", median, "s");
        } finally {
            ScaleStores.deleteTree(work);
        }
        limits.finish("multi-year import benchmark");
    }
}
