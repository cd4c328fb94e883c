package io.zhibiao.bench;

import io.zhibiao.core.search.SearchIndex;
import io.zhibiao.core.store.Store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/** Waits until the search index has caught up with the store, and says how long that took and its size. */
final class SearchReadiness {
    private SearchReadiness() {
    }

    static void await(Store store) throws IOException {
        long t0 = System.nanoTime();
        SearchIndex index = SearchIndex.of(store);
        if (!index.awaitCaughtUp(Duration.ofMinutes(30))) {
            throw new IllegalStateException("the search index did not catch up in 30 minutes");
        }
        Path dir = SearchIndex.locationOf(store);
        long bytes;
        try (Stream<Path> files = Files.walk(dir)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("  search index: %d documents, ready after %d ms (a rebuild if the index was missing),"
                        + " %.1f MB (%.1f KB per document)%n", index.indexedCount(),
                (System.nanoTime() - t0) / 1_000_000, bytes / 1e6, bytes / 1024.0 / Math.max(1, index.indexedCount()));
    }
}
