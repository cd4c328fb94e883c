package io.zhibiao.ui.common;

import javafx.concurrent.Worker;

/**
 * Whether a task has ended, judged by its JavaFX state. {@code Task.isDone()} answers for the
 * underlying FutureTask, which the worker thread completes a moment after the JavaFX thread already
 * sees SUCCEEDED: a state listener that asks isDone() can miss the end of the task altogether.
 */
public final class TaskStates {
    private TaskStates() {
    }

    public static boolean ended(Worker.State state) {
        return state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED;
    }
}
