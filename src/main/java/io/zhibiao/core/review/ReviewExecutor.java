package io.zhibiao.core.review;

import io.zhibiao.core.store.DataAccess;
import io.zhibiao.core.store.Store;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs review work in one store transaction with a {@link ReviewWriter} (one action, one batch id), then,
 * once committed, lets the caller record it and tells the listeners. The caller holds the service's lock.
 */
final class ReviewExecutor {
    private final Store store;
    private final String analyst;
    private final Clock clock;
    private final ReviewListeners listeners;

    ReviewExecutor(Store store, String analyst, Clock clock, ReviewListeners listeners) {
        this.store = store;
        this.analyst = analyst;
        this.clock = clock;
        this.listeners = listeners;
    }

    /**
     * Commits {@code work}; {@code afterCommit} sees the result before the listeners are told, so a
     * listener asking for the undo label already gets the new one.
     */
    <T> T commit(ReviewAction action, Function<ReviewWriter, T> work, Consumer<T> afterCommit) {
        return commit(action, work, afterCommit, true);
    }

    /** As {@link #commit(ReviewAction, Function, Consumer)}; unless {@code durable}, see {@link Store#inBulkTransaction}. */
    <T> T commit(ReviewAction action, Function<ReviewWriter, T> work, Consumer<T> afterCommit, boolean durable) {
        String batchId = UUID.randomUUID().toString();
        ReviewChange[] change = new ReviewChange[1];
        Function<DataAccess, T> inTx = tx -> {
            ReviewWriter w = new ReviewWriter(tx, analyst, clock.instant(), action, batchId);
            T r = work.apply(w);
            change[0] = new ReviewChange(action, w.documentIds, w.indicatorIds, w.trashedIds);
            return r;
        };
        T result = durable ? store.inTransaction(inTx) : store.inBulkTransaction(inTx);
        afterCommit.accept(result);
        listeners.fire(change[0]);
        return result;
    }

    /** Undo (revert) or redo (apply again) of a recorded step, audited as 'undo' or 'redo'. */
    void replay(ReviewCommand step, ReviewAction direction, Runnable afterCommit) {
        commit(direction, w -> {
            if (direction == ReviewAction.UNDO) {
                step.revert(w);
            } else {
                step.apply(w);
            }
            return step;
        }, s -> afterCommit.run());
    }
}
