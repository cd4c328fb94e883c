package io.zhibiao.core.review;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/** The registered listeners; a failing listener must not hide a committed change from the others. */
final class ReviewListeners {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewListeners.class);
    private final List<ReviewListener> listeners = new CopyOnWriteArrayList<>();

    void add(ReviewListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    void remove(ReviewListener listener) {
        listeners.remove(listener);
    }

    boolean isEmpty() {
        return listeners.isEmpty();
    }

    void fire(ReviewChange change) {
        if (change == null || (change.documentIds().isEmpty() && change.indicatorIds().isEmpty()
                && change.action() != ReviewAction.CREATE_TAG && change.action() != ReviewAction.CATALOG_ELSEWHERE
                && change.trashedIds().isEmpty())) {
            return;
        }
        for (ReviewListener l : listeners) {
            try {
                l.reviewChanged(change);
            } catch (RuntimeException e) {
                LOG.warn("A review listener failed on {}: {}", change, e.toString(), e);
            }
        }
    }
}
