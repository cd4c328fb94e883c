package io.zhibiao.core.review;

import io.zhibiao.core.catalog.StoreCatalog;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.pipeline.ReportPipeline;
import io.zhibiao.core.store.Store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * Extraction run again over stored documents with the current engine and catalog, after a catalog change
 * or an engine upgrade. Each document is merged in its own audited transaction, committed without a disk
 * sync of its own (see {@link Store#inBulkTransaction}; the run syncs once when it ends), by
 * the merge of {@link ReviewService#mergeExtraction(long, List, String)}: rows holding analyst work (verified,
 * corrected, rejected, added, deleted, noted, tagged) and their history stay exactly as they were, unreviewed
 * engine rows are replaced, and the document is stamped with the engine and catalog that ran. Extraction of
 * the next documents runs on worker threads while one document is merged; a cancel stops after the document
 * being merged, and the documents not reached keep their old stamp, so the next run picks them up.
 */
public final class Reextraction {
    private final Store store;
    private final ReviewService review;
    private final ReportPipeline engine;
    private final String extractedWith;
    private final int threads;

    public Reextraction(Store store, ReviewService review, ReportPipeline engine, String extractedWith, int threads) {
        this.store = Objects.requireNonNull(store, "store");
        this.review = Objects.requireNonNull(review, "review");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.extractedWith = Objects.requireNonNull(extractedWith, "extractedWith");
        this.threads = Math.max(1, threads);
    }

    /** With the store's catalog as it is now (bundled and the user's layer) and a worker per processor. */
    public static Reextraction withStoreCatalog(Store store, ReviewService review) {
        StoreCatalog catalog = StoreCatalog.of(store);
        return new Reextraction(store, review, catalog.pipeline(), catalog.extractedWith(),
                Runtime.getRuntime().availableProcessors());
    }

    /** What the documents are stamped with when this engine and catalog extract them. */
    public String extractedWith() {
        return extractedWith;
    }

    /** The documents extracted by another engine or catalog (or by one not recorded), in id order. */
    public List<Long> behind() {
        return store.documents().extractedOtherwise(extractedWith);
    }

    /** Every stored document, in id order. */
    public List<Long> all() {
        return store.documents().listSummaries().stream().map(d -> d.id()).sorted().toList();
    }

    public ReextractionSummary run(List<Long> documentIds, ReextractionListener listener, BooleanSupplier cancelled) {
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(cancelled, "cancelled");
        List<Long> ids = List.copyOf(documentIds);
        List<RerunReport> reports = new ArrayList<>();
        List<ReextractionSummary.Failure> failures = new ArrayList<>();
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, ids.size())), r -> {
            Thread t = new Thread(r, "zhibiao-reextract");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<List<IndicatorValue>>> ahead = new ArrayDeque<>();
        int next = 0;
        int done = 0;
        boolean stopped = false;
        try {
            while (done < ids.size()) {
                while (next < ids.size() && ahead.size() < threads * 2) {
                    long id = ids.get(next++);
                    ahead.add(workers.submit(() -> review.extractWith(engine, id)));
                }
                if (cancelled.getAsBoolean()) {
                    stopped = true;
                    break;
                }
                long id = ids.get(done);
                Future<List<IndicatorValue>> fresh = ahead.poll();
                done++;
                try {
                    RerunReport report = review.mergeInBulk(id, fresh.get(), extractedWith);
                    reports.add(report);
                    listener.merged(done, ids.size(), report);
                } catch (ExecutionException | ReviewException e) {
                    Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                    String reason = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
                    failures.add(new ReextractionSummary.Failure(id, reason));
                    listener.failed(done, ids.size(), id, reason);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        } catch (CancellationException e) {
            stopped = true;
        } finally {
            workers.shutdownNow();
        }
        store.flush(); // what was merged is on disk when the run returns, as it was with a sync per document
        return new ReextractionSummary(ids.size(), reports, failures, stopped && done < ids.size());
    }
}
