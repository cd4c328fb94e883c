package io.zhibiao.core.review;

import io.zhibiao.core.catalog.Lesson;
import io.zhibiao.core.catalog.MergedCatalog;
import io.zhibiao.core.catalog.StoreCatalog;
import io.zhibiao.core.dictionary.PhraseTrie;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.pipeline.ReportPipeline;
import io.zhibiao.core.store.CorpusTextQueries;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.DocumentText;
import io.zhibiao.core.store.ReviewDao;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoredIndicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;

/**
 * An analyst's correction turned into a rule: a phrase becomes an alias of an indicator, or a phrase that
 * names no indicator, in the store's catalog. Only documents whose text holds the phrase can extract
 * otherwise, so a preview re-extracts just those with the taught catalog and diffs them against their
 * stored rows as {@link Reextraction} would merge them ({@link ExtractionRerun#plan}); applying writes the
 * catalog and runs that {@link Reextraction} (reviewed rows stay as they were), and records one undo step
 * that takes back the phrase and re-extracts the same documents again.
 */
public final class Teaching {
    /** Reports extracted and diffed per task: their rows are read in one query. */
    private static final int BATCH = 16;

    private final Store store;
    private final ReviewService review;
    private final ReviewHistory history;
    private final Object lock;
    private final int threads;

    Teaching(Store store, ReviewService review, ReviewHistory history, Object lock) {
        this.store = store;
        this.review = review;
        this.history = history;
        this.lock = lock;
        this.threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /**
     * What teaching {@code lesson} would add, change and remove in the whole store. A lesson that clashes
     * with the catalog (the phrase stands for another indicator) is refused with a {@code CatalogException}.
     */
    public TeachPreview preview(Lesson lesson, BooleanSupplier cancelled) {
        StoreCatalog catalog = StoreCatalog.of(store);
        MergedCatalog before = catalog.current();
        MergedCatalog after = catalog.taught(lesson);
        if (after == before) {
            return new TeachPreview(lesson, documentsHolding(lesson.phrase()), 0, 0, 0, List.of(), true);
        }
        ReportPipeline engine = StoreCatalog.pipelineOf(after);
        // one query for all the summaries instead of one per report (hundreds in a wide lesson)
        Map<Long, DocumentSummary> summaries = new HashMap<>();
        store.documents().listSummaries().forEach(d -> summaries.put(d.id(), d));
        List<Long> ids = new ArrayList<>();
        List<Future<List<RerunPlan>>> batches = new ArrayList<>();
        ExecutorService workers = workers(summaries.size());
        // the search hands each text on as it is read, and batches of texts are extracted and diffed beside
        // the read; a bounded number of batches wait, so a wide lesson does not hold all its texts at once
        Semaphore waiting = new Semaphore(threads * 2);
        List<DocumentText> batch = new ArrayList<>();
        Runnable submit = () -> {
            List<DocumentText> texts = List.copyOf(batch);
            batch.clear();
            acquire(waiting);
            batches.add(workers.submit(() -> {
                try {
                    return plans(engine, summaries, texts);
                } finally {
                    waiting.release();
                }
            }));
        };
        try {
            new CorpusTextQueries(store).eachTextHolding(PhraseTrie.fold(lesson.phrase()), text -> {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                ids.add(text.documentId());
                batch.add(text);
                if (batch.size() == BATCH) {
                    submit.run();
                }
            });
            if (!batch.isEmpty()) {
                submit.run();
            }
            int added = 0;
            int changed = 0;
            int removed = 0;
            List<TeachPreview.Example> examples = new ArrayList<>();
            for (int b = 0; b < batches.size() && !cancelled.getAsBoolean(); b++) {
                for (RerunPlan plan : batches.get(b).get()) {
                    added += plan.added().size();
                    changed += plan.changed().size();
                    removed += plan.removed().size();
                    collect(examples, plan.documentId(), lesson, plan, summaries.get(plan.documentId()));
                }
            }
            return new TeachPreview(lesson, ids, added, changed, removed, examples, false);
        } catch (CancellationException e) {
            return new TeachPreview(lesson, ids, 0, 0, 0, List.of(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReviewException("The preview was interrupted.");
        } catch (ExecutionException e) {
            throw new ReviewException("A report could not be read for the preview: " + e.getCause().getMessage());
        } finally {
            workers.shutdownNow();
        }
    }

    /** Extracts a batch of texts with the taught engine and diffs each against its rows, read for the batch at once. */
    private List<RerunPlan> plans(ReportPipeline engine, Map<Long, DocumentSummary> summaries, List<DocumentText> texts) {
        List<Long> batchIds = texts.stream().map(DocumentText::documentId).toList();
        return store.reading(tx -> {
            Map<Long, List<StoredIndicator>> rows = tx.indicators().findByDocuments(batchIds);
            Set<Long> tagged = ReviewDao.of(tx).taggedIndicatorIds(batchIds);
            List<RerunPlan> plans = new ArrayList<>(texts.size());
            for (DocumentText text : texts) {
                long id = text.documentId();
                // a report imported since the summaries were read is read on its own
                DocumentSummary summary = summaries.containsKey(id) ? summaries.get(id) : tx.documents().findById(id)
                        .orElseThrow(() -> new ReviewException("Document " + id + " does not exist."));
                List<IndicatorValue> values = review.extractWith(engine, summary, text.originalText());
                plans.add(ExtractionRerun.plan(tx, id, values, rows.get(id), tagged));
            }
            return plans;
        });
    }

    private static void acquire(Semaphore waiting) {
        try {
            waiting.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReviewException("The preview was interrupted.");
        }
    }

    /**
     * Writes the lesson and re-extracts the documents the preview found, in the background thread that calls
     * it, with progress and cancel as {@link Reextraction#run} has them; then records one undo step. A
     * cancelled run leaves the documents not reached behind the catalog (the next {@code reextract} takes them).
     */
    public ReextractionSummary apply(TeachPreview preview, ReextractionListener listener, BooleanSupplier cancelled) {
        synchronized (lock) {
            StoreCatalog catalog = StoreCatalog.of(store);
            catalog.teach(preview.lesson());
            // on a team store a colleague's change may have come in between: only the lesson is what the
            // documents stamped with the catalog it was applied on lack
            String stampBefore = catalog.extractedWithBeforeLastChange();
            ReextractionSummary summary = rerun(catalog, preview.documentIds(), stampBefore, listener, cancelled);
            history.record(ReviewCommand.ofLesson(new TeachChange(preview.lesson(), preview.documentIds(),
                    stampBefore, catalog.extractedWith())));
            return summary;
        }
    }

    /** Undo takes the phrase back out of the catalog, redo puts it in again; each re-extracts the same documents. */
    void replay(TeachChange change, ReviewAction direction) {
        StoreCatalog catalog = StoreCatalog.of(store);
        if (direction == ReviewAction.UNDO) {
            catalog.unteach(change.lesson());
        } else {
            catalog.teach(change.lesson());
        }
        String stampBefore = catalog.extractedWithBeforeLastChange();
        ReextractionSummary s = rerun(catalog, change.documentIds(), stampBefore, ReextractionListener.NONE, () -> false);
        if (!s.failures().isEmpty()) {
            throw new ReviewException("Taking back '" + change.lesson().phrase() + "' could not re-extract report "
                    + s.failures().get(0).documentId() + ": " + s.failures().get(0).reason());
        }
    }

    private ReextractionSummary rerun(StoreCatalog catalog, List<Long> ids, String stampBefore,
                                      ReextractionListener listener, BooleanSupplier cancelled) {
        String stampAfter = catalog.extractedWith();
        ReextractionSummary summary = new Reextraction(store, review, catalog.pipeline(), stampAfter, threads)
                .run(ids, listener, cancelled);
        if (!summary.cancelled() && summary.failures().isEmpty() && !stampAfter.equals(stampBefore)) {
            store.inTransaction(tx -> ReviewDao.of(tx).restamp(stampBefore, stampAfter));
        }
        return summary;
    }

    /** The documents in which the dictionary matcher would find {@code phrase}, in any case and width, by id. */
    private List<Long> documentsHolding(String phrase) {
        List<Long> ids = new ArrayList<>();
        new CorpusTextQueries(store).eachTextHolding(PhraseTrie.fold(phrase), text -> ids.add(text.documentId()));
        return ids;
    }

    private ExecutorService workers(int documents) {
        return Executors.newFixedThreadPool(Math.min(threads, Math.max(1, documents)), r -> {
            Thread t = new Thread(r, "zhibiao-teach-preview");
            t.setDaemon(true);
            return t;
        });
    }

    private void collect(List<TeachPreview.Example> examples, long documentId, Lesson lesson, RerunPlan plan,
                         DocumentSummary summary) {
        if (examples.size() >= TeachPreview.EXAMPLES) {
            return;
        }
        record Row(TeachPreview.Change change, IndicatorValue value) {
        }
        List<Row> rows = new ArrayList<>();
        plan.added().forEach(v -> rows.add(new Row(TeachPreview.Change.ADDED, v)));
        plan.changed().forEach(r -> rows.add(new Row(TeachPreview.Change.CHANGED, r.fresh())));
        for (StoredIndicator s : plan.removed()) {
            rows.add(new Row(TeachPreview.Change.REMOVED, s.value()));
        }
        String document = summary != null ? DocumentLabel.of(summary) : "#" + documentId;
        for (Row r : rows) {
            if (examples.size() >= TeachPreview.EXAMPLES) {
                return;
            }
            IndicatorValue v = r.value();
            String sentence = v.sentence() == null ? "" : v.sentence();
            int at = sentence.indexOf(lesson.phrase());
            examples.add(new TeachPreview.Example(documentId, document, r.change(),
                    ExtractionRerun.describe(v), sentence, at, at < 0 ? -1 : at + lesson.phrase().length()));
        }
    }
}
