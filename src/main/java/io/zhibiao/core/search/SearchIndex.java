package io.zhibiao.core.search;

import io.zhibiao.core.store.CorpusTextQueries;
import io.zhibiao.core.store.DamagedTextException;
import io.zhibiao.core.store.DocumentText;
import io.zhibiao.core.store.DocumentListener;
import io.zhibiao.core.store.Store;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.BitSet;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A full-text index of the stored texts, kept in {@code <store>-index/} beside the store. It is a cache:
 * the store stays the only truth. It opens, and catches up with the store (documents imported while it
 * was closed, a deleted or damaged index), on a background thread; documents imported while it is open
 * are added as each commits. Until it has caught up, searches read the texts it lacks, so results never
 * depend on its state; any failure of the index only makes searches as slow as without it.
 */
public final class SearchIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final Map<Store, SearchIndex> OPEN = new WeakHashMap<>();
    private static final long COMMIT_DELAY_MS = 2000;

    private final Store store;
    private final Path location;
    private final CharacterAnalyzer analyzer = new CharacterAnalyzer();
    private final ScheduledThreadPoolExecutor worker;
    private final BitSet indexed = new BitSet();
    private final AtomicBoolean commitScheduled = new AtomicBoolean();
    private final DocumentListener listener = new DocumentListener() {
        @Override
        public void documentStored(long documentId, String contentHash, String originalText) {
            stored(documentId, contentHash, originalText);
        }

        @Override
        public void documentTrashed(long documentId, boolean inTrash) {
            trashed(documentId, inTrash);
        }
    };
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    private volatile boolean closing;
    /** Set once the catch-up has finished: before, most texts would have to be read anyway, and one scan does that fastest. */
    private volatile boolean caughtUp;

    private SearchIndex(Store store) {
        this.store = store;
        this.location = locationOf(store);
        this.worker = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "zhibiao-search-index");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** The index of {@code store}: one per open store, closed with it. Returns at once; opening runs in the background. */
    public static SearchIndex of(Store store) {
        synchronized (OPEN) {
            SearchIndex index = OPEN.get(store);
            if (index == null) {
                index = new SearchIndex(store);
                OPEN.put(store, index);
                store.addDocumentListener(index.listener);
                store.closeWith(index);
                index.worker.execute(index::openAndCatchUp);
            }
            return index;
        }
    }

    /** {@code <store>-index} beside the store's file. */
    public static Path locationOf(Store store) {
        return locationOf(store.location());
    }

    /** @param storeLocation the store's path without extension, as given to {@link Store#open} */
    public static Path locationOf(Path storeLocation) {
        Path p = storeLocation.toAbsolutePath().normalize();
        return p.resolveSibling(p.getFileName() + "-index");
    }

    /**
     * Waits until the index holds every document stored before this call (or it failed and searches read the
     * texts); true if that happened within {@code timeout}. For tests and benchmarks: searches never wait.
     */
    public boolean awaitCaughtUp(Duration timeout) {
        try {
            worker.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | java.util.concurrent.RejectedExecutionException e) {
            return false;
        }
    }

    /** True once searches use the index (it opened and caught up with the store). */
    public boolean isCaughtUp() {
        return caughtUp && !closing;
    }

    /** How many documents the index holds, as far as searches rely on it. */
    public int indexedCount() {
        synchronized (indexed) {
            return indexed.cardinality();
        }
    }

    /** The index's answer for {@code phrase}, or empty when there is no usable index (then read every text). */
    Optional<Candidates> candidates(String phrase) {
        SearcherManager manager = searchers;
        if (manager == null || closing || !caughtUp) {
            return Optional.empty();
        }
        BitSet known;
        synchronized (indexed) {
            known = (BitSet) indexed.clone();
        }
        try {
            // every document marked indexed above was added before this refresh, so the searcher sees it
            manager.maybeRefreshBlocking();
            IndexSearcher searcher = manager.acquire();
            try {
                return Optional.of(new Candidates(known, searcher.search(analyzer.phraseQuery(phrase),
                        new MatchingIds.Manager())));
            } finally {
                manager.release(searcher);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The search index could not be read; searching the texts instead: {}", e.toString());
            return Optional.empty();
        }
    }

    private void openAndCatchUp() {
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(16);
            IndexWriter w = IndexFiles.openWriter(location, config);
            searchers = new SearcherManager(w, null);
            writer = w;
            long t0 = System.nanoTime();
            int added = new IndexCatchUp(this, new CorpusTextQueries(store), store).run(w);
            w.commit();
            caughtUp = true;
            if (added > 0) {
                LOG.info("Search index caught up with {} documents in {} ms", added,
                        (System.nanoTime() - t0) / 1_000_000);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("No search index at {}; searches read the texts: {}", location, e.toString());
            closeLucene();
        }
    }

    private void stored(long id, String contentHash, String text) {
        IndexWriter w = writer;
        if (w == null || closing) {
            // not open yet: once it is (tasks run in order), the catch-up has or this adds the document
            worker.execute(() -> addFromStore(id));
            return;
        }
        add(w, id, contentHash, text);
    }

    /**
     * A document put in the trash leaves the index, one taken out comes back, on the worker (after a
     * catch-up in progress). Searches leave trashed documents out in any case, as they confirm every hit
     * in the store; this keeps the index from holding texts the corpus no longer has.
     */
    private void trashed(long id, boolean inTrash) {
        try {
            worker.execute(() -> {
                if (inTrash) {
                    remove(id);
                } else {
                    addFromStore(id);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing: the next start's catch-up compares the index with the store
        }
    }

    private void remove(long id) {
        markIndexed(id, false);
        IndexWriter w = writer;
        if (w == null || closing) {
            return;
        }
        try {
            w.deleteDocuments(IndexedDocuments.key(id));
            scheduleCommit();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not remove document {} from the search index: {}", id, e.toString());
        }
    }

    private void addFromStore(long id) {
        IndexWriter w = writer;
        if (w == null || closing || isIndexed(id)) {
            return;
        }
        store.documents().findById(id).ifPresent(d -> loadText(store, id)
                .ifPresent(t -> add(w, id, d.contentHash(), t.originalText())));
    }

    /**
     * A document's text to index, or empty when it is not the text that was imported: an altered text
     * is left out of the index (searching it would find words the report does not have); the pane and
     * the export name the document when it is opened or exported.
     */
    static Optional<DocumentText> loadText(Store store, long id) {
        try {
            return store.documents().loadText(id);
        } catch (DamagedTextException e) {
            LOG.warn("Document {} ({}) left out of the search index: its text is not the one imported",
                    e.documentId(), e.fileName());
            return Optional.empty();
        }
    }

    /** Adds or replaces one document; its hits count from the next search on. */
    boolean add(IndexWriter w, long id, String contentHash, String text) {
        try {
            w.updateDocument(IndexedDocuments.key(id), IndexedDocuments.of(id, contentHash, text));
            markIndexed(id, true);
            scheduleCommit();
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not add document {} to the search index: {}", id, e.toString());
            return false;
        }
    }

    void markIndexed(long id, boolean value) {
        if (id >= 0 && id <= Integer.MAX_VALUE) {
            synchronized (indexed) {
                indexed.set((int) id, value);
            }
        }
    }

    private boolean isIndexed(long id) {
        synchronized (indexed) {
            return id >= 0 && id <= Integer.MAX_VALUE && indexed.get((int) id);
        }
    }

    boolean closing() {
        return closing;
    }

    /** Writes the additions of the last moments to disk once, instead of after every document. */
    private void scheduleCommit() {
        if (!closing && commitScheduled.compareAndSet(false, true)) {
            try {
                worker.schedule(() -> {
                    commitScheduled.set(false);
                    IndexWriter w = writer;
                    if (w != null && !closing) {
                        try {
                            w.commit();
                        } catch (IOException | RuntimeException e) {
                            LOG.warn("Could not write the search index: {}", e.toString());
                        }
                    }
                }, COMMIT_DELAY_MS, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                commitScheduled.set(false);
            }
        }
    }

    /** Called by the store as it closes: stops a catch-up in progress and writes what the index holds. */
    @Override
    public void close() {
        closing = true;
        store.removeDocumentListener(listener);
        synchronized (OPEN) {
            OPEN.remove(store);
        }
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("The search index did not stop in time; it catches up on the next start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeLucene();
    }

    private void closeLucene() {
        SearcherManager s = searchers;
        IndexWriter w = writer;
        searchers = null;
        writer = null;
        try {
            if (s != null) {
                s.close();
            }
            if (w != null) {
                try {
                    w.close(); // commits
                } finally {
                    w.getDirectory().close();
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not close the search index at {}: {}", location, e.toString());
        }
    }

    @Override
    public String toString() {
        return "search index " + location;
    }

    /** The folder of the index, for tests. */
    Path location() {
        return location;
    }
}
