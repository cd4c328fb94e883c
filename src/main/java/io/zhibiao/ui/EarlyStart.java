package io.zhibiao.ui;

import io.zhibiao.core.importer.RegionTable;
import io.zhibiao.core.model.Region;
import io.zhibiao.core.store.ContentHash;
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
 * doing them side by side takes a second off the time to a usable window. The document list for the
 * corpus tree is read after that, while the window is being built and styled, so a large store
 * (0.2 s for 10,000 documents) does not hold the window back.
 */
final class EarlyStart {
    /** The open store, its regions, and its document list being read ahead for the corpus tree. */
    record Opened(Store store, Map<String, Region> regions, CompletableFuture<List<DocumentSummary>> documents) {
    }

    private static volatile CompletableFuture<Opened> pending;
    /** What an update of the store's schema says, kept until the start can show it. */
    private static final SchemaUpdateRelay UPDATES = new SchemaUpdateRelay();

    private EarlyStart() {
    }

    static void begin(AppOptions options) {
        pending = CompletableFuture.supplyAsync(() -> open(options));
    }

    /** Where a schema update of the store, under way or still to come, is told from now on. */
    static void onSchemaUpdate(java.util.function.Consumer<io.zhibiao.core.store.SchemaUpdate> consumer) {
        UPDATES.forwardTo(consumer);
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

    /**
     * What the start works with: the store opened (null when the team store needs a password, which the
     * workbench then asks for), the options in force, and why the store opened last was not opened again
     * (null when it was, or none was remembered).
     */
    record Start(AppOptions options, Opened opened, String notice) {
    }

    /** {@link #take}; a remembered store that does not open gives way to the default store. */
    static Start takeForStart(AppOptions options) {
        try {
            return new Start(options, take(options), null);
        } catch (io.zhibiao.core.store.TeamPasswordNeeded e) {
            return new Start(options, null, null);
        } catch (io.zhibiao.core.store.StoreException e) {
            if (!options.remembered() || e instanceof io.zhibiao.core.store.StoreInUseException
                    || e instanceof io.zhibiao.core.store.DamagedStoreException) {
                throw e;
            }
            org.slf4j.LoggerFactory.getLogger(EarlyStart.class).warn("The store opened last did not open: {}",
                    e.getMessage());
            AppOptions fallback = options.onDefaultStore();
            return new Start(fallback, take(fallback), e.getMessage());
        }
    }

    private static Opened open(AppOptions options) {
        StartupTrace.mark("store open begin");
        Store store = Store.open(options.db(), UPDATES);
        StartupTrace.mark("store opened");
        try {
            RegionTable.ensureLoaded(store);
            StartupTrace.mark("regions ensured");
            // a team store's other analysts: their changes reach the open panes live (nothing on a store file)
            store.followOthers();
            Map<String, Region> regions = store.regions().findAll().stream()
                    .collect(Collectors.toMap(Region::code, Function.identity()));
            StartupTrace.mark("regions read");
            CompletableFuture<List<DocumentSummary>> documents = CompletableFuture.supplyAsync(() -> {
                List<DocumentSummary> read = store.documents().listSummaries();
                StartupTrace.mark("documents read");
                return read;
            });
            // the first pane checks its report's text against its hash: compiled by then, not cold
            documents.thenRunAsync(ContentHash::warmUp);
            return new Opened(store, regions, documents);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
