package io.zhibiao.ui.common;

import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The app-wide pool: named daemon threads that log what fails, so no error disappears silently. What a
 * thread itself throws goes to the application's default handler, which logs it and shows it.
 */
public final class ExecutorBackgroundTasks implements BackgroundTasks {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutorBackgroundTasks.class);
    private final ExecutorService executor;

    public ExecutorBackgroundTasks() {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "zhibiao-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        // Long work (an import, an export) holds a thread for its whole run; enough threads remain for the
        // short loads (a pane, the corpus list) so the window stays responsive meanwhile.
        executor = Executors.newFixedThreadPool(Math.max(6, 2 * Runtime.getRuntime().availableProcessors()), factory);
    }

    @Override
    public <T> void run(Task<T> task) {
        task.exceptionProperty().addListener((obs, old, e) -> {
            if (e != null) {
                LOG.error("Background task failed", e);
            }
        });
        if (executor.isShutdown()) {
            // The application is closing: work asked for now (a late refresh) has nobody to show it to.
            LOG.debug("Ignored a task submitted after shutdown");
            return;
        }
        executor.execute(task);
    }

    /**
     * Drops the work not yet started and lets running work end by itself. Running work is never
     * interrupted: an interrupt inside an H2 file operation (a backup copying the store, a write) makes H2
     * close the database abruptly. The threads are daemons, so work still running when the JVM ends stops
     * there, which the store survives like any crash, with every committed change kept.
     */
    @Override
    public void shutdown() {
        executor.shutdown();
        if (executor instanceof java.util.concurrent.ThreadPoolExecutor pool) {
            pool.getQueue().clear();
        }
    }
}
