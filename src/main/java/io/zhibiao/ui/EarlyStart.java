package io.zhibiao.ui;

import io.zhibiao.core.importer.RegionTable;
import io.zhibiao.core.model.Region;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.Store;

import java.util.List;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Opens the store while the JavaFX toolkit starts: the two take about as long as each other, so
 * doing them side by side takes a second off the time to a usable window.
 */
final class EarlyStart {
    /** The open store, its regions, and its document list read ahead for the corpus tree. */
    record Opened(Store store, Map<String, Region> regions, List<DocumentSummary> documents) {
    }

    private static volatile CompletableFuture<Opened> pending;

    private EarlyStart() {
    }

    static void begin(AppOptions options) {
        pending = CompletableFuture.supplyAsync(() -> open(options));
    }

    /** The store opened early, or opened now if nothing was started; failures surface here. */
    static Opened take(AppOptions options) {
        CompletableFuture<Opened> f = pending;
        pending = null;
        if (f == null) {
            return open(options);
        }
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the store", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static Opened open(AppOptions options) {
        Store store = Store.open(options.db());
        try {
            RegionTable.ensureLoaded(store);
            Map<String, Region> regions = store.regions().findAll().stream()
                    .collect(Collectors.toMap(Region::code, Function.identity()));
            return new Opened(store, regions, store.documents().listSummaries());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
