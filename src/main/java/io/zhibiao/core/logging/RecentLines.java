package io.zhibiao.core.logging;

import java.util.ArrayDeque;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * The last lines logged by this process, kept in memory for the diagnostics of an error report: they are
 * there even when the log file could not be written, and never mix in another process's lines. Stack
 * traces keep their first {@link #FRAMES} frames of each exception and cause: a JavaFX event's trace runs
 * to a hundred frames, which would push the error's own line out of the diagnostics' last lines.
 */
public final class RecentLines extends Handler {
    static final int FRAMES = 20;
    private static final String FRAME = "\tat ";
    private final int capacity;
    private final ArrayDeque<String> lines;

    public RecentLines(int capacity) {
        this.capacity = capacity;
        this.lines = new ArrayDeque<>(capacity);
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        String text = getFormatter().format(record);
        synchronized (lines) {
            int frames = 0;
            for (String line : text.split("\\R")) {
                if (line.startsWith(FRAME)) {
                    if (++frames > FRAMES) {
                        continue;
                    }
                } else {
                    elided(frames);
                    frames = 0;
                }
                add(line);
            }
            elided(frames);
        }
    }

    private void elided(int frames) {
        if (frames > FRAMES) {
            add("\t... " + (frames - FRAMES) + " more frames in the log file");
        }
    }

    private void add(String line) {
        if (lines.size() == capacity) {
            lines.removeFirst();
        }
        lines.addLast(line);
    }

    /** The newest {@code max} lines, oldest first. */
    public List<String> last(int max) {
        synchronized (lines) {
            return lines.stream().skip(Math.max(0, lines.size() - max)).toList();
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        synchronized (lines) {
            lines.clear();
        }
    }
}
