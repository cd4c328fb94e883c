package io.zhibiao.bench;

import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.importer.ImportSummary;
import io.zhibiao.core.store.Store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds the stores of the scale benchmark once and keeps them in target/bench-scale, keyed by the corpus
 * version and size: a 10,000-document import takes minutes, the measurements on it seconds. The import is
 * done in batches of 1,000 files, each timed, which shows whether import slows down as the store grows;
 * the store after the first batch is kept as the 1,000-document store. The import figures are written
 * beside the store, so a later run with the cached store still prints them.
 */
final class ScaleStores {
    static final int BATCH = 1000;
    private static final long SEED = 20240101L;

    private ScaleStores() {
    }

    static Path root() {
        return Path.of("target", "bench-scale", "v" + ScaleCorpus.VERSION);
    }

    /** The store of the first {@code count} corpus files (H2 path without extension). */
    static Path store(int count) {
        return root().resolve(count + "-docs").resolve("zhibiao");
    }

    static boolean isBuilt(int count) {
        return Files.exists(store(count).resolveSibling("import.txt"));
    }

    /** Builds the {@code count}-document store (and the 1,000-document one) if not cached; returns the import log. */
    static List<String> ensure(int count) throws IOException {
        Path done = store(count).resolveSibling("import.txt");
        if (Files.exists(done)) {
            return Files.readAllLines(done, StandardCharsets.UTF_8);
        }
        deleteTree(store(count).getParent());
        List<String> log = new ArrayList<>();
        ScaleCorpus corpus = new ScaleCorpus();
        Path files = root().resolve("files");
        long totalBytes = 0;
        long totalNanos = 0;
        long peak = 0;
        for (int from = 0; from < count; from += BATCH) {
            // a store per batch: closed, the file can be copied as the 1,000-document store
            try (Store store = Store.open(store(count))) {
                ImportService service = ImportService.withBundledData(store);
                int to = to(from, count);
                deleteTree(files);
                corpus.write(files, from, to, SEED);
                long bytes = bytes(files);
                ImportSummary s;
                long nanos;
                try (PeakHeap heap = new PeakHeap()) {
                    long t0 = System.nanoTime();
                    s = service.importPaths(List.of(files), ImportListener.NONE, () -> false);
                    nanos = System.nanoTime() - t0;
                    peak = Math.max(peak, heap.peakMb());
                    log.add(String.format("import of documents %5d-%5d: %5.1f s, %4.0f docs/s, %4.1f MB/s,"
                                    + " peak heap %d MB, imported %d, failed %d", from + 1, to, nanos / 1e9,
                            (to - from) / (nanos / 1e9), bytes / 1e6 / (nanos / 1e9), heap.peakMb(),
                            s.imported(), s.failed()));
                }
                System.out.println("  " + log.get(log.size() - 1));
                totalBytes += bytes;
                totalNanos += nanos;
            }
            if (to(from, count) == BATCH && count > BATCH) {
                copyStore(store(count), store(BATCH));
            }
        }
        deleteTree(files);
        log.add(String.format("import of %d documents (%.0f MB): %.0f s, %.0f docs/s, %.1f MB/s, peak heap %d MB",
                count, totalBytes / 1e6, totalNanos / 1e9, count / (totalNanos / 1e9),
                totalBytes / 1e6 / (totalNanos / 1e9), peak));
        Files.write(done, log, StandardCharsets.UTF_8);
        return log;
    }

    private static int to(int from, int count) {
        return Math.min(count, from + BATCH);
    }

    private static void copyStore(Path closedStore, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.copy(Path.of(closedStore + ".mv.db"), Path.of(target + ".mv.db"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(target.resolveSibling("import.txt"), "copy of the first 1,000 documents of the "
                + "larger store\n", StandardCharsets.UTF_8);
    }

    static long bytes(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
