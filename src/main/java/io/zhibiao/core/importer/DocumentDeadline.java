package io.zhibiao.core.importer;

import java.time.Duration;
import java.util.Locale;

/**
 * The time limit on reading and extracting one file. The worker thread runs its sections through this
 * object; the importing thread, when the limit has passed, {@linkplain #expire() expires} it and reports
 * the file as skipped.
 *
 * <p>Interrupting the worker is only safe where it does not touch the store: an interrupt inside an H2
 * call closes the database file. The worker therefore marks the sections that may be interrupted (file
 * reading, extraction); an expiry outside them only sets the flag, which the worker sees at its next
 * step. Extraction itself is CPU work that no interrupt stops, so an expired worker may run on for a
 * while: its result is thrown away and it never writes to the store.
 */
final class DocumentDeadline {
    /** A section of work that may throw a checked exception of one type. */
    @FunctionalInterface
    interface Section<T, X extends Exception> {
        T run() throws X;
    }

    /** Thrown on the worker when it goes on after its file was given up. */
    static final class Expired extends RuntimeException {
        Expired() {
            super("time limit reached", null, false, false);
        }
    }

    private final long limitNanos;
    private Thread worker;
    private long startedAt;
    private boolean interruptible;
    private boolean expired;
    private boolean storing;
    /** Guarded by the {@link ImportWorkers} that runs the file. */
    boolean workerDone;
    /** Guarded by the {@link ImportWorkers} that runs the file: a thread was added in place of this worker. */
    boolean replaced;

    DocumentDeadline(Duration limit) {
        this.limitNanos = limit.toNanos();
    }

    /** Called by the worker when it picks the file up: the clock starts here, not when it was queued. */
    synchronized void start() {
        worker = Thread.currentThread();
        startedAt = System.nanoTime();
    }

    /** Nanoseconds left; {@link Long#MAX_VALUE} while the file waits for a worker or is being stored. */
    synchronized long remainingNanos() {
        if (worker == null || storing) {
            return Long.MAX_VALUE;
        }
        return limitNanos - (System.nanoTime() - startedAt);
    }

    /** Runs a section the importing thread may interrupt when the time is up. */
    <T, X extends Exception> T interruptibly(Section<T, X> section) throws X {
        synchronized (this) {
            checkNotExpired();
            interruptible = true;
        }
        try {
            return section.run();
        } finally {
            synchronized (this) {
                interruptible = false;
                // an interrupt delivered for the time limit must not reach the store calls that follow
                Thread.interrupted();
            }
        }
    }

    /** Throws {@link Expired} when the file was given up; call before each step that uses the store. */
    synchronized void checkNotExpired() {
        if (expired) {
            throw new Expired();
        }
    }

    /**
     * Called by the worker before it writes the document. From then on the file is no longer subject to
     * the limit: a write is short and must never be abandoned half-way.
     *
     * @return false when the file was already given up and must not be stored
     */
    synchronized boolean claimForStoring() {
        if (expired) {
            return false;
        }
        storing = true;
        return true;
    }

    /**
     * Called by the importing thread once {@link #remainingNanos()} has run out.
     *
     * @return true when the file is given up; false when its worker is already storing it
     */
    synchronized boolean expire() {
        if (storing) {
            return false;
        }
        expired = true;
        if (interruptible) {
            worker.interrupt();
        }
        return true;
    }

    /** "30 s", "0.5 s": how the limit reads in a message. */
    static String describe(Duration limit) {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " s"
                : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
