package io.zhibiao.bench;

import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.importer.ImportSummary;
import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.Region;
import io.zhibiao.core.pipeline.BundledData;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.Store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Import of the 143 real 2024 city reports (../shared/corpus/cities-2024/txt, each file named after its
 * city): documents/s and MB/s as the median of fresh imports, and the share of documents whose region
 * (the city of the file name), year (2024) and kind (work report) the import detected, with the misses.
 * Skips when the folder is absent. Usage: CitiesCorpusBenchmark [folder] [runs (3)] [limit:median-s=S]
 * [limit:region-share=0..1] [limit:year-share=0..1] [limit:kind-share=0..1] (see {@link Limits}).
 */
public final class CitiesCorpusBenchmark {
    public static void main(String[] all) throws Exception {
        List<String> args = new ArrayList<>();
        Limits limits = Limits.from(all, args);
        Path dir = Path.of(args.size() > 0 ? args.get(0) : "../shared/corpus/cities-2024/txt");
        int runs = args.size() > 1 ? Integer.parseInt(args.get(1)) : 3;
        if (!Files.isDirectory(dir)) {
            System.out.println("cities benchmark skipped: no folder " + dir.toAbsolutePath());
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        long bytes = files.stream().mapToLong(p -> p.toFile().length()).sum();
        System.out.printf("cities benchmark: %d files, %.1f MB, %d cores%n", files.size(), bytes / 1e6,
                Runtime.getRuntime().availableProcessors());
        Path work = Files.createTempDirectory("zhibiao-bench-cities");
        try {
            List<Double> seconds = new ArrayList<>();
            for (int run = 0; run <= runs; run++) {
                try (Store store = Store.open(work.resolve("store-" + run + "/zhibiao"));
                     PeakHeap heap = new PeakHeap()) {
                    long t0 = System.nanoTime();
                    ImportSummary s = ImportService.withBundledData(store)
                            .importPaths(List.of(dir), ImportListener.NONE, () -> false);
                    double sec = (System.nanoTime() - t0) / 1e9;
                    if (run == 0) {
                        // the first import warms the JVM up; its store is the one checked for detection
                        System.out.printf("  warm-up: %.2f s, imported %d, failed %d%n", sec, s.imported(), s.failed());
                        detection(store, limits);
                        continue;
                    }
                    seconds.add(sec);
                    System.out.printf("  run %d: %.2f s, %.0f docs/s, %.1f MB/s, peak heap %d MB%n", run, sec,
                            files.size() / sec, bytes / 1e6 / sec, heap.peakMb());
                }
            }
            seconds.sort(Comparator.naturalOrder());
            double median = seconds.get(seconds.size() / 2);
            System.out.printf("cities import median: %.2f s for %d files (%.0f docs/s, %.1f MB/s)%n", median,
                    files.size(), files.size() / median, bytes / 1e6 / median);
            limits.atMost("median-s", "import of the " + files.size() + " city reports, median", median, "s");
        } finally {
            ScaleStores.deleteTree(work);
        }
        limits.finish("cities benchmark");
    }

    private static void detection(Store store, Limits limits) {
        List<DocumentSummary> docs = store.documents().listSummaries();
        int region = 0;
        int year = 0;
        int kind = 0;
        List<String> misses = new ArrayList<>();
        for (DocumentSummary d : docs) {
            String expected = d.fileName().replaceFirst("\\.[^.]+$", "");
            Region r = d.regionCode() == null ? null : store.regions().findByCode(d.regionCode()).orElse(null);
            String found = r == null ? null : BundledData.gazetteer().shortName(r);
            boolean okRegion = expected.equals(found);
            boolean okYear = Integer.valueOf(2024).equals(d.reportYear());
            boolean okKind = d.kind() == DocumentKind.WORK_REPORT;
            region += okRegion ? 1 : 0;
            year += okYear ? 1 : 0;
            kind += okKind ? 1 : 0;
            if (!okRegion || !okYear || !okKind) {
                misses.add(String.format("%s: region %s, year %s, kind %s", d.fileName(),
                        r == null ? "none" : r.name(), d.reportYear(), d.kind() == null ? "none" : d.kind().id()));
            }
        }
        int n = docs.size();
        System.out.printf("  detected: region %d/%d (%.1f%%), year 2024 %d/%d (%.1f%%), kind work report %d/%d (%.1f%%),"
                        + " all three %d/%d%n", region, n, 100.0 * region / n, year, n, 100.0 * year / n, kind, n,
                100.0 * kind / n, n - misses.size(), n);
        misses.forEach(m -> System.out.println("    miss: " + m));
        String share = " detected on import, share of " + n + " documents";
        limits.atLeast("region-share", "region" + share, (double) region / n, "");
        limits.atLeast("year-share", "year" + share, (double) year / n, "");
        limits.atLeast("kind-share", "kind" + share, (double) kind / n, "");
    }
}
