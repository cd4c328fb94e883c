package io.zhibiao.core.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * One log record as text, with SLF4J's level names, report text and passwords withheld. The file form
 * carries the date with its UTC offset and the thread, since a log is read later and elsewhere; the console
 * form is the short line commands have always printed on stderr.
 */
public final class LogLineFormat extends Formatter {
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    private static final DateTimeFormatter CONSOLE_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final boolean forFile;

    private LogLineFormat(boolean forFile) {
        this.forFile = forFile;
    }

    public static LogLineFormat file() {
        return new LogLineFormat(true);
    }

    public static LogLineFormat console() {
        return new LogLineFormat(false);
    }

    @Override
    public String format(LogRecord record) {
        var time = record.getInstant().atZone(ZoneId.systemDefault());
        StringBuilder line = new StringBuilder(160);
        if (forFile) {
            line.append(FILE_TIME.format(time))
                    .append(' ').append(String.format("%-5s", levelName(record.getLevel())))
                    // Handlers format on the thread that logs, so this is the thread of the record.
                    .append(" [").append(Thread.currentThread().getName()).append("] ");
        } else {
            line.append(CONSOLE_TIME.format(time)).append(' ').append(levelName(record.getLevel())).append(' ');
        }
        line.append(record.getLoggerName()).append(" - ").append(LogRedaction.redact(formatMessage(record)))
                .append(System.lineSeparator());
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            try (PrintWriter w = new PrintWriter(trace)) {
                record.getThrown().printStackTrace(w);
            }
            line.append(LogRedaction.redact(trace.toString()));
        }
        return line.toString();
    }

    /** SLF4J's names for the levels slf4j-jdk14 maps onto java.util.logging's. */
    static String levelName(Level level) {
        int v = level.intValue();
        if (v >= Level.SEVERE.intValue()) {
            return "ERROR";
        }
        if (v >= Level.WARNING.intValue()) {
            return "WARN";
        }
        if (v >= Level.INFO.intValue()) {
            return "INFO";
        }
        return v >= Level.FINE.intValue() ? "DEBUG" : "TRACE";
    }
}
