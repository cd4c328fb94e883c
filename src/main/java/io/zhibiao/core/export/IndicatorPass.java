package io.zhibiao.core.export;

import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.ExportQueries.DocumentIndicators;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.Store;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Walks the indicators in scope document by document, so memory holds a few documents' indicators at
 * a time however large the store is. A helper thread reads the documents from the store, on one
 * connection, while the calling thread writes them. Deleted indicators are never visited.
 */
final class IndicatorPass {
    /** Documents read ahead of the writer: enough to keep both threads busy, few enough to stay small. */
    private static final int AHEAD = 4;

    /** What the reader hands over: a document's indicators, or the reason it stopped. */
    private record Loaded(DocumentIndicators data, Throwable failure) {
    }

    private IndicatorPass() {
    }

    /** Hands every indicator that passes the filter to {@code sink}; returns how many there were. */
    static long run(Store store, ExportScope scope, Consumer<IndicatorRecord> sink, ExportProgress progress,
                    BooleanSupplier cancelled) {
        boolean anyTags = !store.tags().findAll().isEmpty();
        List<DocumentSummary> docs = scope.documents();
        BlockingQueue<Loaded> queue = new ArrayBlockingQueue<>(AHEAD);
        AtomicBoolean stopped = new AtomicBoolean();
        Thread reader = new Thread(() -> read(store, docs, anyTags, queue, stopped), "zhibiao-export-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            long count = 0;
            for (int i = 0; i < docs.size(); i++) {
                if (cancelled.getAsBoolean()) {
                    throw new ExportCancelledException();
                }
                Loaded loaded = take(queue);
                if (loaded.failure() instanceof RuntimeException e) {
                    throw e;
                } else if (loaded.failure() instanceof Error e) {
                    throw e;
                }
                DocumentSummary d = docs.get(i);
                for (StoredIndicator indicator : loaded.data().indicators()) {
                    List<String> t = loaded.data().tags().getOrDefault(indicator.id(), List.of());
                    if (scope.keeps(indicator, t)) {
                        sink.accept(new IndicatorRecord(d, scope.regionOf(d), indicator, t));
                        count++;
                    }
                }
                progress.progress(ExportSheet.INDICATORS, i + 1, docs.size());
            }
            return count;
        } finally {
            // lets a reader waiting on the full queue end when the writer gave up early; no interrupt,
            // which would close the store's file channel under H2
            stopped.set(true);
        }
    }

    private static void read(Store store, List<DocumentSummary> docs, boolean anyTags, BlockingQueue<Loaded> queue,
                             AtomicBoolean stopped) {
        try {
            store.exportQueries().withDocumentReader(r -> {
                for (DocumentSummary d : docs) {
                    if (!hand(queue, new Loaded(r.read(d.id(), anyTags), null), stopped)) {
                        break;
                    }
                }
                return null;
            });
        } catch (RuntimeException | Error e) {
            hand(queue, new Loaded(null, e), stopped);
        }
    }

    /** Queues a document for the writer; false when the writer stopped taking them. */
    private static boolean hand(BlockingQueue<Loaded> queue, Loaded loaded, AtomicBoolean stopped) {
        try {
            while (!queue.offer(loaded, 50, TimeUnit.MILLISECONDS)) {
                if (stopped.get()) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Loaded take(BlockingQueue<Loaded> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportCancelledException();
        }
    }

    /** Rows the pass can produce at most: the live indicator counts of the documents in scope. */
    static long upperBound(ExportScope scope) {
        return scope.documents().stream().mapToLong(DocumentSummary::indicatorCount).sum();
    }
}
