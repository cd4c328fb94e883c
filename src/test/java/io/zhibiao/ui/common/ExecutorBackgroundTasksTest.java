package io.zhibiao.ui.common;

import javafx.concurrent.Task;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Closing the workbench must not interrupt work in progress: an interrupt inside an H2 file operation (a
 * backup copying the store) closes the database abruptly. Work not yet started is dropped.
 */
class ExecutorBackgroundTasksTest {

    /** Tasks report their state on the JavaFX thread, so the toolkit must run (headless in tests). */
    @org.junit.jupiter.api.BeforeAll
    static void startToolkit() throws java.util.concurrent.TimeoutException {
        // through TestFX, like the robot tests of the same JVM, so the toolkit is started once either way
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @Test
    void shutdownLetsRunningWorkFinishUninterruptedAndDropsQueuedWork() throws Exception {
        ExecutorBackgroundTasks tasks = new ExecutorBackgroundTasks();
        int threads = Math.max(6, 2 * Runtime.getRuntime().availableProcessors());
        CountDownLatch allStarted = new CountDownLatch(threads);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(threads);
        AtomicBoolean interrupted = new AtomicBoolean();
        for (int i = 0; i < threads; i++) {
            tasks.run(new Task<Void>() {
                @Override
                protected Void call() {
                    allStarted.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        interrupted.set(true);
                    }
                    finished.countDown();
                    return null;
                }
            });
        }
        assertTrue(allStarted.await(10, TimeUnit.SECONDS), "every thread busy");
        AtomicInteger queuedRuns = new AtomicInteger();
        tasks.run(new Task<Void>() {
            @Override
            protected Void call() {
                queuedRuns.incrementAndGet();
                return null;
            }
        });

        tasks.shutdown();
        release.countDown();

        assertTrue(finished.await(10, TimeUnit.SECONDS), "running work ends by itself");
        assertFalse(interrupted.get(), "running work is never interrupted");
        Thread.sleep(200);
        assertEquals(0, queuedRuns.get(), "work not yet started is dropped");
    }
}
