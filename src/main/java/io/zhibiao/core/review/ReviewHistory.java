package io.zhibiao.core.review;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;

/**
 * The undo and redo stacks of one session. Undo and redo are written to the store at once and audited
 * as 'undo'/'redo'. The stacks live in memory only: after a restart they are empty, the audit trail stays.
 * Guarded by the service's lock, so the UI thread and background tasks can both use it.
 */
public final class ReviewHistory {
    /** Enough for a long day of review; the oldest steps fall off first. */
    static final int LIMIT = 1000;

    private final ReviewExecutor executor;
    private final Object lock;
    private final Deque<ReviewCommand> undo = new ArrayDeque<>();
    private final Deque<ReviewCommand> redo = new ArrayDeque<>();
    private Teaching teaching;

    ReviewHistory(ReviewExecutor executor, Object lock) {
        this.executor = executor;
        this.lock = lock;
    }

    /** Who replays a taught lesson: the catalog and a re-extraction, not one transaction of rows. */
    void teachingBy(Teaching t) {
        this.teaching = t;
    }


    public boolean canUndo() {
        synchronized (lock) {
            return !undo.isEmpty();
        }
    }

    public boolean canRedo() {
        synchronized (lock) {
            return !redo.isEmpty();
        }
    }

    /** The step undo would revert, if any. */
    public Optional<ReviewCommand> nextUndo() {
        synchronized (lock) {
            return Optional.ofNullable(undo.peek());
        }
    }

    public Optional<ReviewCommand> nextRedo() {
        synchronized (lock) {
            return Optional.ofNullable(redo.peek());
        }
    }

    /** Menu text such as "Undo Verify 3 indicators", or "Undo" when there is nothing to undo. */
    public String undoLabel() {
        return nextUndo().map(c -> "Undo " + c.label()).orElse("Undo");
    }

    public String redoLabel() {
        return nextRedo().map(c -> "Redo " + c.label()).orElse("Redo");
    }

    /**
     * Reverts the latest step. If that fails (say the store is gone) nothing was written and the step
     * stays on the stack. If someone else changed one of its rows since this session last wrote it, nothing
     * is written either, and the step leaves the stack: undoing it would overwrite their change, now and at
     * any later try, and the steps before it stay undoable.
     *
     * @return what was undone, or empty when there was nothing to undo
     * @throws StaleChangeException naming the rows changed since, who changed them and what
     */
    public Optional<ReviewCommand> undo() {
        return replay(undo, redo, ReviewAction.UNDO);
    }

    /** Applies the latest undone step again; refused and dropped like {@link #undo()} when its rows moved on. */
    public Optional<ReviewCommand> redo() {
        return replay(redo, undo, ReviewAction.REDO);
    }

    private Optional<ReviewCommand> replay(Deque<ReviewCommand> from, Deque<ReviewCommand> to, ReviewAction direction) {
        synchronized (lock) {
            ReviewCommand step = from.peek();
            if (step == null) {
                return Optional.empty();
            }
            try {
                if (step.teach() != null) {
                    teaching.replay(step.teach(), direction);
                    to.push(from.pop());
                } else {
                    executor.replay(step, direction, () -> to.push(from.pop()));
                }
            } catch (StaleChangeException refused) {
                from.pop();
                throw refused;
            }
            return Optional.of(step);
        }
    }

    void record(ReviewCommand step) {
        synchronized (lock) {
            undo.push(step);
            redo.clear();
            while (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
    }

    /** Drops the steps about indicators that no longer exist (removed by a re-run of extraction). */
    void forget(Set<Long> removedIndicatorIds) {
        if (removedIndicatorIds.isEmpty()) {
            return;
        }
        synchronized (lock) {
            undo.removeIf(c -> c.indicatorIds().stream().anyMatch(removedIndicatorIds::contains));
            redo.removeIf(c -> c.indicatorIds().stream().anyMatch(removedIndicatorIds::contains));
        }
    }

    /** Drops the steps about documents that no longer exist (the trash was emptied). */
    void forgetDocuments(Set<Long> removedDocumentIds) {
        if (removedDocumentIds.isEmpty()) {
            return;
        }
        synchronized (lock) {
            undo.removeIf(c -> c.documentIds().stream().anyMatch(removedDocumentIds::contains));
            redo.removeIf(c -> c.documentIds().stream().anyMatch(removedDocumentIds::contains));
        }
    }

    public void clear() {
        synchronized (lock) {
            undo.clear();
            redo.clear();
        }
    }
}
