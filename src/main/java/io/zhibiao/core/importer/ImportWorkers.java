package io.zhibiao.core.importer;

import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The import's worker threads. A worker whose file ran over its time limit cannot be stopped (extraction
 * does not check for interrupts), so it is left to finish on its own; the pool takes on one more thread
 * for as long as it runs, so the remaining files keep the configured parallelism.
 */
final class ImportWorkers implements AutoCloseable {
    private final ThreadPoolExecutor pool;

    ImportWorkers(int threads) {
        pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "zhibiao-import");
            t.setDaemon(true);
            return t;
        });
    }

    <T> Future<T> submit(Callable<T> task) {
        return pool.submit(task);
    }

    /**
     * Gives up the file of {@code deadline}; while its worker runs on, one more thread takes its place.
     * Guarded by this object together with {@link #finished}, so a worker that ends at the same moment
     * never leaves the pool one thread larger.
     *
     * @return false when the worker is already storing the file, which then completes normally
     */
    synchronized boolean giveUp(DocumentDeadline deadline) {
        if (!deadline.expire()) {
            return false;
        }
        if (!deadline.workerDone) {
            deadline.replaced = true;
            pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
            pool.setCorePoolSize(pool.getCorePoolSize() + 1);
        }
        return true;
    }

    /** Called by the worker when it is done with a file, whether or not it was given up. */
    synchronized void finished(DocumentDeadline deadline) {
        deadline.workerDone = true;
        if (deadline.replaced) {
            pool.setCorePoolSize(pool.getCorePoolSize() - 1);
            pool.setMaximumPoolSize(pool.getMaximumPoolSize() - 1);
        }
    }

    @Override
    public void close() {
        // never shutdownNow: an interrupt inside an H2 write closes the database file
        pool.shutdown();
    }
}
