package io.zhibiao.core.export;

import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.ExportQueries;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.Store;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Walks the indicators in scope document by document, so memory holds about two documents'
 * indicators at a time however large the store is. The next document is read from the store on a
 * helper thread while the current one is written (the DAOs take a connection per call, so this is
 * safe). Deleted indicators are never visited.
 */
final class IndicatorPass {
    private record Loaded(List<StoredIndicator> indicators, Map<Long, List<String>> tags) {
    }

    private IndicatorPass() {
    }

    /** Hands every indicator that passes the filter to {@code sink}; returns how many there were. */
    static long run(Store store, ExportScope scope, Consumer<IndicatorRecord> sink, ExportProgress progress,
                    BooleanSupplier cancelled) {
        boolean anyTags = !store.tags().findAll().isEmpty();
        ExportQueries queries = store.exportQueries();
        List<DocumentSummary> docs = scope.documents();
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "zhibiao-export-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            long count = 0;
            CompletableFuture<Loaded> next = docs.isEmpty() ? null : load(store, queries, docs.get(0), anyTags, reader);
            for (int i = 0; i < docs.size(); i++) {
                if (cancelled.getAsBoolean()) {
                    throw new ExportCancelledException();
                }
                Loaded loaded = join(next);
                next = i + 1 < docs.size() ? load(store, queries, docs.get(i + 1), anyTags, reader) : null;
                DocumentSummary d = docs.get(i);
                for (StoredIndicator indicator : loaded.indicators()) {
                    List<String> t = loaded.tags().getOrDefault(indicator.id(), List.of());
                    if (scope.keeps(indicator, d, t)) {
                        sink.accept(new IndicatorRecord(d, scope.regionOf(d), indicator, t));
                        count++;
                    }
                }
                progress.progress(ExportSheet.INDICATORS, i + 1, docs.size());
            }
            return count;
        } finally {
            reader.shutdownNow();
        }
    }

    private static CompletableFuture<Loaded> load(Store store, ExportQueries queries, DocumentSummary d,
                                                  boolean anyTags, ExecutorService reader) {
        return CompletableFuture.supplyAsync(() -> new Loaded(store.indicators().findByDocument(d.id()),
                anyTags ? queries.tagNamesByIndicator(d.id()) : Map.of()), reader);
    }

    /** The loaded document, or the store's own exception (a closed store, a failed query). */
    private static Loaded join(CompletableFuture<Loaded> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        } catch (CancellationException e) {
            throw new ExportCancelledException();
        }
    }

    /** Rows the pass can produce at most: the live indicator counts of the documents in scope. */
    static long upperBound(ExportScope scope) {
        return scope.documents().stream().mapToLong(DocumentSummary::indicatorCount).sum();
    }
}
