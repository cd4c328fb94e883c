package io.zhibiao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Times one interactive action: the median of repeated runs after warm-up runs, the bytes it allocates
 * (on its thread) and the heap its result keeps alive. The last two show whether an action's memory
 * grows with the corpus: an action that reads only what it shows keeps both flat from 1,000 to 10,000
 * documents.
 */
final class ActionTimer {
    record Result(String name, double medianMs, double minMs, double allocatedMb, double retainedMb) {
        @Override
        public String toString() {
            return String.format("%-44s median %8.1f ms (min %7.1f)  allocates %7.1f MB  keeps %6.1f MB",
                    name, medianMs, minMs, allocatedMb, retainedMb);
        }
    }

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final int warmUps;
    private final int runs;

    ActionTimer(int warmUps, int runs) {
        this.warmUps = warmUps;
        this.runs = runs;
    }

    Result measure(String name, Supplier<?> action) {
        for (int i = 0; i < warmUps; i++) {
            action.get();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            action.get();
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        ms.sort(Comparator.naturalOrder());
        long allocated0 = THREADS.getCurrentThreadAllocatedBytes();
        long used0 = usedAfterGc();
        Object kept = action.get();
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - allocated0;
        long retained = usedAfterGc() - used0;
        java.lang.ref.Reference.reachabilityFence(kept);
        return new Result(name, ms.get(ms.size() / 2), ms.get(0), allocated / 1e6, Math.max(0, retained) / 1e6);
    }

    private static long usedAfterGc() {
        System.gc();
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
