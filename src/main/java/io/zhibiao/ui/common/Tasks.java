package io.zhibiao.ui.common;

import javafx.concurrent.Task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs a piece of work in the background and hands its result, or its failure, back on the JavaFX thread.
 * Spares each view model the anonymous {@link Task} subclass and its success and failure wiring.
 */
public final class Tasks {
    private Tasks() {
    }

    /**
     * Runs {@code work}; {@code onSuccess} gets its result. A failure is only logged by the
     * {@link BackgroundTasks} (for work whose failure leaves the view as it was).
     */
    public static <T> Task<T> run(BackgroundTasks tasks, Callable<T> work, Consumer<? super T> onSuccess) {
        return run(tasks, work, onSuccess, null);
    }

    /** Runs {@code work}; {@code onSuccess} gets its result, {@code onError} (when not null) what it threw. */
    public static <T> Task<T> run(BackgroundTasks tasks, Callable<T> work, Consumer<? super T> onSuccess,
                                  Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        if (onError != null) {
            task.setOnFailed(e -> onError.accept(task.getException()));
        }
        tasks.run(task);
        return task;
    }

    /** A failure's message as the user sees it ("null" when it carries none). */
    public static String message(Throwable failure) {
        return String.valueOf(failure.getMessage());
    }
}
