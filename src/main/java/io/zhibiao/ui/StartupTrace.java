package io.zhibiao.ui;

import java.lang.management.ManagementFactory;

/**
 * Milliseconds since JVM start at each step of opening the workbench, on stderr when run with
 * {@code -Dzhibiao.startupTrace=true}. The start-up goal is a budget split between threads (the store
 * opens while the toolkit starts); these marks show which step ate it, on any machine, without a profiler.
 */
public final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("zhibiao.startupTrace");

    private StartupTrace() {
    }

    public static void mark(String step) {
        if (ON) {
            System.err.printf("[startup] %5d ms %s (%s)%n",
                    System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime(), step,
                    Thread.currentThread().getName());
        }
    }
}
