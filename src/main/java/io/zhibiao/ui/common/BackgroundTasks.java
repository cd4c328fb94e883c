package io.zhibiao.ui.common;

import javafx.concurrent.Task;

/**
 * Runs work off the JavaFX thread. View models take this interface so tests can run tasks on the
 * calling thread and assert results deterministically.
 */
public interface BackgroundTasks {
    <T> void run(Task<T> task);

    void shutdown();
}
