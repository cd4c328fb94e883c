package io.zhibiao.core.importer;

import io.zhibiao.core.store.StorageFailure;
import io.zhibiao.core.store.Store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Reports an import's outcomes, in file order, only once the documents in them are on disk. H2 writes a
 * commit to the file in the background, up to half a second later: a document reported at its commit was
 * lost to a kill or a full disk after it had been printed as imported. Outcomes with a new document wait
 * here for a {@link Store#flush() sync} started after they came, which covers every document committed
 * before it. One sync covers the documents of up to {@link #MAX_WAIT_NANOS} (an fsync for each document
 * would cost more than the document). The sync runs on a thread of its own, so that the workers go on
 * with the next files meanwhile. Outcomes without a document (duplicates, failures) pass straight through
 * when nothing waits before them.
 *
 * <p>When the store's file fails, the waiting outcomes are dropped, never reported: their documents may
 * or may not be in the file, and the next import finds out.
 *
 * <p>Used by the importing thread only; {@link #close} waits for a sync still running.
 */
final class DurableOutcomes implements AutoCloseable {
    /** How long an outcome waits at least before a sync starts for it. */
    static final long MAX_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final Store store;
    private final ImportListener listener;
    private final int total;
    private final ExecutorService syncer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "zhibiao-import-sync");
        t.setDaemon(true);
        return t;
    });
    private final List<FileOutcome> reported = new ArrayList<>();
    /** Outcomes not yet covered by a sync, in file order, after those of {@link #syncing}. */
    private List<FileOutcome> waiting = new ArrayList<>();
    private boolean waitingForADocument;
    private long waitingSince;
    /** Outcomes covered by the sync in flight. */
    private List<FileOutcome> syncing = List.of();
    private Future<?> sync;
    private StorageFailure failure;

    DurableOutcomes(Store store, ImportListener listener, int total) {
        this.store = store;
        this.listener = listener;
        this.total = total;
    }

    void add(FileOutcome outcome) {
        if (failure != null) {
            return;
        }
        boolean document = storesADocument(outcome);
        if (!document && waiting.isEmpty() && sync == null) {
            report(outcome);
            return;
        }
        if (document && !waitingForADocument) {
            waitingForADocument = true;
            waitingSince = System.nanoTime();
        }
        waiting.add(outcome);
        poll();
    }

    /** Reports what a finished sync covered and starts the next sync when one is due; call it often. */
    void poll() {
        if (sync != null && sync.isDone()) {
            endSync();
        }
        if (failure != null || sync != null || waiting.isEmpty()) {
            return;
        }
        if (!waitingForADocument) {
            // only outcomes that held back behind a sync
            reportWaiting();
        } else if (System.nanoTime() - waitingSince >= MAX_WAIT_NANOS) {
            startSync();
        }
    }

    /** Syncs whatever still waits and reports it; the end of an import. */
    void finish() {
        if (sync != null) {
            endSync();
        }
        if (failure == null && waitingForADocument) {
            startSync();
            endSync();
        }
        if (failure == null) {
            reportWaiting();
        }
    }

    /**
     * The store's file failed: nothing waiting is reported, and nothing more is taken. Of several failures
     * the first is kept, unless a later one knows what the first did not: that the disk is full.
     */
    void fail(StorageFailure f) {
        if (failure == null || f.diskFull() && !failure.diskFull()) {
            failure = f;
        }
        waiting.clear();
        waitingForADocument = false;
    }

    StorageFailure failure() {
        return failure;
    }

    List<FileOutcome> reported() {
        return reported;
    }

    /** Waits for a sync still running, never interrupting it: an interrupt inside an H2 write closes the file. */
    @Override
    public void close() {
        syncer.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (syncer.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void startSync() {
        syncing = waiting;
        waiting = new ArrayList<>();
        waitingForADocument = false;
        sync = syncer.submit(store::flush);
    }

    /** Waits for the sync in flight, then reports what it covered, or fails. */
    private void endSync() {
        try {
            sync.get();
            if (failure == null) {
                syncing.forEach(this::report);
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            fail(StorageFailure.in(cause).orElseGet(() -> new StorageFailure(false, String.valueOf(cause.getMessage()))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } finally {
            sync = null;
            syncing = List.of();
        }
    }

    private void reportWaiting() {
        waiting.forEach(this::report);
        waiting.clear();
    }

    private void report(FileOutcome outcome) {
        reported.add(outcome);
        listener.fileDone(reported.size(), total, outcome);
    }

    private static boolean storesADocument(FileOutcome o) {
        return o.status() == FileOutcome.Status.IMPORTED || o.status() == FileOutcome.Status.NEW_VERSION;
    }
}
