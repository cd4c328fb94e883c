package io.zhibiao.ui.instance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A second start on the same store reaches the window already open, through a file only. */
class InstanceSignalTest {
    @TempDir
    Path tmp;

    @Test
    void theRunningWindowAnswersASecondStartOnTheSameStore() throws Exception {
        Path store = tmp.resolve("data/zhibiao");
        CountDownLatch asked = new CountDownLatch(2);
        try (AutoCloseable running = new InstanceSignal(store).listen(asked::countDown)) {
            long t0 = System.nanoTime();
            assertTrue(new InstanceSignal(store).askRunningWindow(Duration.ofSeconds(2)));
            assertTrue(System.nanoTime() - t0 < Duration.ofMillis(1500).toNanos(), "answered well within the wait");
            assertTrue(new InstanceSignal(store).askRunningWindow(Duration.ofSeconds(2)), "and again later");
            assertTrue(asked.await(2, TimeUnit.SECONDS));
        }
        assertFalse(Files.exists(new InstanceSignal(store).requestFile()), "no request left behind");
    }

    @Test
    void nobodyAnswersWhenTheStoreIsHeldByACommandAndNothingIsLeftBehind() {
        Path store = tmp.resolve("zhibiao");
        long t0 = System.nanoTime();
        assertFalse(new InstanceSignal(store).askRunningWindow(Duration.ofMillis(600)));
        assertTrue(System.nanoTime() - t0 >= Duration.ofMillis(600).toNanos(), "waited the time given");
        assertFalse(Files.exists(new InstanceSignal(store).requestFile()));
    }

    @Test
    void aWindowOnAnotherStoreDoesNotAnswer() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        try (AutoCloseable other = new InstanceSignal(tmp.resolve("other")).listen(asked::incrementAndGet)) {
            assertFalse(new InstanceSignal(tmp.resolve("zhibiao")).askRunningWindow(Duration.ofMillis(700)));
        }
        assertEquals(0, asked.get());
    }

    @Test
    void aRequestLeftByAStartThatDiedIsAnsweredWhenTheWindowOpens() throws Exception {
        Path store = tmp.resolve("zhibiao");
        Files.writeString(new InstanceSignal(store).requestFile(), "4242\n");
        CountDownLatch asked = new CountDownLatch(1);
        try (AutoCloseable running = new InstanceSignal(store).listen(asked::countDown)) {
            assertTrue(asked.await(2, TimeUnit.SECONDS));
        }
    }

    @Test
    void aClosedListenerNoLongerAnswers() throws Exception {
        Path store = tmp.resolve("zhibiao");
        new InstanceSignal(store).listen(() -> { }).close();
        Thread.sleep(100);
        assertFalse(new InstanceSignal(store).askRunningWindow(Duration.ofMillis(700)));
    }
}
