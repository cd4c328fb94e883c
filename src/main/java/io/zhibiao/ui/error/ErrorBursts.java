package io.zhibiao.ui.error;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Groups identical uncaught errors into bursts. An error thrown while the window lays itself out recurs on
 * every frame, sixty times a second: the first of a burst is logged with its stack trace and shown, the
 * repeats are counted, and only a few of them reach the log, so the log keeps its earlier lines.
 */
final class ErrorBursts {
    /** A repeat within this time of the previous one belongs to the same burst. */
    static final Duration GAP = Duration.ofSeconds(2);
    private static final int REMEMBERED = 64;

    /** One occurrence: the {@code count}-th of its burst. */
    record Occurrence(String signature, int count) {
        boolean first() {
            return count == 1;
        }

        /** Repeats are logged at the 2nd, 4th, 8th… occurrence: the log shows how often, not each one. */
        boolean logRepeat() {
            return count > 1 && Integer.bitCount(count) == 1;
        }
    }

    private record Burst(int count, Instant last) {
    }

    private final Map<String, Burst> bursts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Burst> eldest) {
            return size() > REMEMBERED;
        }
    };

    synchronized Occurrence offer(Throwable error, Instant now) {
        String signature = signature(error);
        Burst previous = bursts.get(signature);
        int count = previous != null && Duration.between(previous.last(), now).compareTo(GAP) <= 0
                ? previous.count() + 1 : 1;
        bursts.put(signature, new Burst(count, now));
        return new Occurrence(signature, count);
    }

    /** The same error: same class, message and the place it was thrown from. */
    static String signature(Throwable error) {
        StackTraceElement[] trace = error.getStackTrace();
        return error.getClass().getName() + ": " + error.getMessage()
                + (trace.length > 0 ? " at " + trace[0] : "");
    }
}
