package io.zhibiao.core.review;

import io.zhibiao.core.store.DataAccess;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.TeamChange;

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
    /** Each row's latest version written by this session: what an undo or a redo is based on. */
    private final SeenRows written = new SeenRows();

    ReviewExecutor(Store store, String analyst, Clock clock, ReviewListeners listeners) {
        this.store = store;
        this.analyst = analyst;
        this.clock = clock;
        this.listeners = listeners;
    }

    <T> T commit(ReviewAction action, Function<ReviewWriter, T> work, Consumer<T> afterCommit) {
        return commit(action, VersionBasis.view(null), work, afterCommit, true);
    }

    <T> T commit(ReviewAction action, VersionBasis basis, Function<ReviewWriter, T> work, Consumer<T> afterCommit) {
        return commit(action, basis, work, afterCommit, true);
    }

    /**
     * Commits {@code work}, its writes based on the versions {@code basis} names; {@code afterCommit} sees the
     * result before the listeners are told, so a listener asking for the undo label already gets the new one.
     * Unless {@code durable}, the commit is not forced to disk (see {@link Store#inBulkTransaction}).
     *
     * @throws StaleChangeException if a row moved on since that version: nothing of the work was written
     */
    <T> T commit(ReviewAction action, VersionBasis basis, Function<ReviewWriter, T> work, Consumer<T> afterCommit,
                 boolean durable) {
        String batchId = UUID.randomUUID().toString();
        ReviewChange[] change = new ReviewChange[1];
        ReviewWriter[] writer = new ReviewWriter[1];
        Function<DataAccess, T> inTx = tx -> {
            ReviewWriter w = new ReviewWriter(tx, analyst, clock.instant(), action, batchId, basis);
            T r = work.apply(w);
            if (!w.stale.isEmpty()) {
                throw new StaleChangeException(w.stale);
            }
            change[0] = new ReviewChange(action, w.documentIds, w.indicatorIds, w.trashedIds);
            writer[0] = w;
            // the other analysts of a team store hear of it when this commits
            tx.announce(TeamChange.of(action.id(), w.documentIds, w.trashedIds));
            return r;
        };
        T result = durable ? store.inTransaction(inTx) : store.inBulkTransaction(inTx);
        writer[0].wrote.values().forEach(written::show);
        writer[0].wroteDocuments.forEach(written::showDocument);
        basis.wrote(writer[0].wrote.values(), writer[0].wroteDocuments);
        afterCommit.accept(result);
        listeners.fire(change[0]);
        return result;
    }

    /** Undo (revert) or redo (apply again) of a recorded step, audited as 'undo' or 'redo'. */
    void replay(ReviewCommand step, ReviewAction direction, Runnable afterCommit) {
        commit(direction, VersionBasis.replay(written), w -> {
            if (direction == ReviewAction.UNDO) {
                step.revert(w);
            } else {
                step.apply(w);
            }
            return step;
        }, s -> afterCommit.run());
    }
}
