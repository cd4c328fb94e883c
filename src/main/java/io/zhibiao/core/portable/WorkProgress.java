package io.zhibiao.core.portable;

/** Progress of an export or import, by document; called on the working thread. */
@FunctionalInterface
public interface WorkProgress {
    WorkProgress NONE = (done, total) -> { };

    void documentsDone(int done, int total);
}
