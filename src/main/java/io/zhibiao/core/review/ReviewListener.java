package io.zhibiao.core.review;

/**
 * Told about every review change after it is committed, on the thread that made the change (a UI hops
 * to its own thread itself). A listener that throws is logged and does not stop the others.
 */
@FunctionalInterface
public interface ReviewListener {
    void reviewChanged(ReviewChange change);
}
