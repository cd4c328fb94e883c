package io.zhibiao.ui.error;

import io.zhibiao.core.AppVersion;
import io.zhibiao.core.logging.LogRedaction;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * What "Copy diagnostics" puts on the clipboard for the person who looks into an error: where it ran (the
 * versions of the application, the system, Java and JavaFX), which store and log folder, the errors shown,
 * and the last lines logged. In English whatever the UI language, for that reader; never report text.
 */
public final class Diagnostics {
    /** The log lines taken along: enough for the steps before an error, short enough for a message. */
    public static final int LOG_LINES = 50;
    private final Properties system;
    private final String store;
    private final Path logFolder;
    private final List<String> errors;
    private final List<String> logLines;

    /**
     * @param system    the system properties ({@code System.getProperties()} in the application)
     * @param store     the store, as {@link #h2Store} or a JDBC URL (any password is masked)
     * @param errors    one line per error on screen
     * @param logLines  the last lines logged, oldest first; only the last {@link #LOG_LINES} are taken
     */
    public Diagnostics(Properties system, String store, Path logFolder, List<String> errors, List<String> logLines) {
        this.system = system;
        this.store = store;
        this.logFolder = logFolder;
        this.errors = List.copyOf(errors);
        this.logLines = List.copyOf(logLines.subList(Math.max(0, logLines.size() - LOG_LINES), logLines.size()));
    }

    public static String h2Store(Path dataFile) {
        return "H2 file " + dataFile;
    }

    public String text() {
        StringBuilder t = new StringBuilder(4096);
        t.append("Zhibiao diagnostics\n");
        line(t, "Version", AppVersion.current());
        line(t, "OS", get("os.name") + " " + get("os.version") + " (" + get("os.arch") + ")");
        line(t, "Java", get("java.version") + " (" + get("java.vendor") + "; " + get("java.vm.name") + ")");
        line(t, "JavaFX", system.getProperty("javafx.runtime.version", system.getProperty("javafx.version", "unknown")));
        line(t, "Locale", get("user.language") + (system.getProperty("user.country", "").isEmpty() ? ""
                : "-" + get("user.country")));
        line(t, "Store", store);
        line(t, "Log folder", String.valueOf(logFolder));
        t.append("Errors:\n");
        for (String error : errors) {
            t.append("  ").append(error).append('\n');
        }
        t.append("Last ").append(logLines.size()).append(" log lines:\n");
        for (String l : logLines) {
            t.append(l).append('\n');
        }
        return LogRedaction.redact(t.toString());
    }

    private String get(String key) {
        return system.getProperty(key, "unknown");
    }

    private static void line(StringBuilder t, String label, String value) {
        t.append(label).append(": ").append(value).append('\n');
    }
}
