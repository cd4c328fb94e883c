package io.zhibiao.bench;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Says where a read that takes over a second is at that moment: the reading thread's stack, printed once per
 * read, which tells a read waiting for a lock of the store from one the host did not give a core.
 */
final class SlowReadWatch {
    private static final long SLOW_NANOS = 1_000_000_000L;
    private static volatile long startedAt;
    private static volatile boolean reported;

    private SlowReadWatch() {
    }

    static void started(long nanos) {
        reported = false;
        startedAt = nanos;
    }

    static void ended() {
        startedAt = 0;
    }

    /** Watches {@code reader} from a daemon thread until the JVM ends. */
    static void watch(Thread reader) {
        Thread watcher = new Thread(() -> {
            while (true) {
                long t = startedAt;
                if (t != 0 && !reported && System.nanoTime() - t > SLOW_NANOS) {
                    reported = true;
                    System.out.println("  a read is over 1 s, " + reader.getState() + " at\n"
                            + Arrays.stream(reader.getStackTrace()).limit(25).map(f -> "      " + f)
                            .collect(Collectors.joining("\n")));
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "slow-read-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
