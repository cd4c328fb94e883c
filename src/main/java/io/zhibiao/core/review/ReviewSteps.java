package io.zhibiao.core.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How the review service's steps are planned and written, under the session's lock: each from the rows as the
 * acting view shows them ({@link SeenRows}; null: as stored), based on their versions, and recorded for undo.
 */
final class ReviewSteps {
    private final Object lock;
    private final ReviewExecutor executor;
    private final ReviewHistory history;
    private final SeenRows seen;

    ReviewSteps(Object lock, ReviewExecutor executor, ReviewHistory history, SeenRows seen) {
        this.lock = lock;
        this.executor = executor;
        this.history = history;
        this.seen = seen;
    }

    /** The same session's steps for a view that shows {@code view}. */
    ReviewSteps basedOn(SeenRows view) {
        return new ReviewSteps(lock, executor, history, Objects.requireNonNull(view, "view"));
    }

    /** Work that is no review change of a row (a new tag, a re-run), committed under the session's lock. */
    <T> T commit(ReviewAction action, Function<ReviewWriter, T> work, Consumer<T> afterCommit) {
        return commit(action, work, afterCommit, true);
    }

    /** As {@link #commit(ReviewAction, Function, Consumer)}; unless {@code durable}, not forced to disk. */
    <T> T commit(ReviewAction action, Function<ReviewWriter, T> work, Consumer<T> afterCommit, boolean durable) {
        synchronized (lock) {
            return executor.commit(action, VersionBasis.view(null), work, afterCommit, durable);
        }
    }

    /** Applies {@code edit} to each indicator as the view shows it, as one step; returns how many changed. */
    int change(ReviewAction action, Collection<Long> indicatorIds, Function<IndicatorSnapshot, IndicatorSnapshot> edit) {
        return change(action, indicatorIds, edit, tx -> { });
    }

    /** As {@link #change(ReviewAction, Collection, Function)}, with {@code alongside} written in the same transaction. */
    int change(ReviewAction action, Collection<Long> indicatorIds, Function<IndicatorSnapshot, IndicatorSnapshot> edit,
               java.util.function.Consumer<io.zhibiao.core.store.DataAccess> alongside) {
        Objects.requireNonNull(indicatorIds, "indicatorIds");
        List<Long> ids = List.copyOf(new LinkedHashSet<>(indicatorIds));
        return execute(action, w -> {
            alongside.accept(w.tx());
            List<IndicatorChange> changes = new ArrayList<>(ids.size());
            for (long id : ids) {
                IndicatorSnapshot before = seen == null ? w.snapshot(id)
                        : seen.indicator(id).orElseGet(() -> w.snapshot(id));
                changes.add(new IndicatorChange(before, edit.apply(before)));
            }
            return ReviewCommand.ofIndicators(action, changes);
        });
    }

    /** Writes the merge of a refused change, based on the stored version it shows (see {@link ReviewService#merge}). */
    boolean merge(StaleChange stale, Set<MergeField> takeMine) {
        IndicatorSnapshot merged = stale.merged(takeMine);
        if (merged.value().start() < 0 || merged.value().end() < merged.value().start()) {
            throw new IllegalArgumentException("The span " + merged.value().start() + ".." + merged.value().end()
                    + " is not valid.");
        }
        if (seen != null) {
            seen.show(stale.theirs());
        }
        return execute(ReviewAction.MERGE, w -> ReviewCommand.ofIndicators(ReviewAction.MERGE,
                List.of(new IndicatorChange(stale.theirs(), merged)))) > 0;
    }

    /**
     * Writes the merge of a refused correction of a document: the corrections it shows as stored, with the
     * fields in {@code takeMine} from the refused one, as one step based on exactly the stored version it shows
     * (not on a newer one the view may have read since: that would overwrite a change the analyst never saw).
     */
    boolean mergeCorrections(StaleChange stale, Set<OverrideField> takeMine) {
        DocumentCorrections theirs = stale.theirsCorrections();
        DocumentCorrections merged = stale.mergedCorrections(takeMine);
        long documentId = stale.id();
        List<OverrideChange> changes = new ArrayList<>();
        for (OverrideField f : OverrideField.values()) {
            if (!Objects.equals(theirs.correction(f), merged.correction(f))) {
                changes.add(new OverrideChange(documentId, f, theirs.correction(f), merged.correction(f)));
            }
        }
        if (changes.isEmpty()) {
            return false;
        }
        SeenRows shown = new SeenRows();
        shown.showDocument(documentId, theirs.version());
        boolean wrote = basedOn(shown).execute(ReviewAction.MERGE,
                w -> new ReviewCommand(ReviewAction.MERGE, List.of(), changes)) > 0;
        // the view's next correction is based on the merge it wrote, not refused against it
        if (seen != null) {
            shown.document(documentId).ifPresent(v -> seen.showDocument(documentId, v));
        }
        return wrote;
    }

    /** Sets one of the document's corrections as one step (null: back to the detected value). */
    boolean override(long documentId, OverrideField field, Object value) {
        return execute(ReviewAction.OVERRIDE, w -> {
            Object before = ReviewWriter.overrideOf(w.document(documentId), field);
            List<OverrideChange> changes = Objects.equals(before, value) ? List.of()
                    : List.of(new OverrideChange(documentId, field, before, value));
            return new ReviewCommand(ReviewAction.OVERRIDE, List.of(), changes);
        }) > 0;
    }

    /** Puts documents in the trash or takes them out, as one step; returns how many moved. */
    int moveTrash(ReviewAction action, Collection<Long> documentIds, boolean intoTrash) {
        Objects.requireNonNull(documentIds, "documentIds");
        List<Long> ids = List.copyOf(new LinkedHashSet<>(documentIds));
        return execute(action, w -> {
            List<TrashChange> changes = new ArrayList<>(ids.size());
            for (long id : ids) {
                w.document(id);
                if (w.tx().documents().deletedAt(id).isPresent() != intoTrash) {
                    changes.add(new TrashChange(id, !intoTrash, intoTrash));
                }
            }
            return new ReviewCommand(action, List.of(), List.of(), changes);
        });
    }

    /** Plans a step from the current rows, applies it in the same transaction, records it; returns its size. */
    int execute(ReviewAction action, Function<ReviewWriter, ReviewCommand> plan) {
        synchronized (lock) {
            ReviewCommand step = executor.commit(action, VersionBasis.view(seen), w -> {
                ReviewCommand planned = plan.apply(w);
                planned.apply(w);
                return planned;
            }, planned -> {
                if (!planned.isEmpty()) {
                    history.record(planned);
                }
            });
            return step.size();
        }
    }
}
