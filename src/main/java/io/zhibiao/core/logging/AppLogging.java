package io.zhibiao.core.logging;

import io.zhibiao.core.AppVersion;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Installs the process's logging once its data folder is known: the workbench and every command call
 * {@link #install} with the folder of the store they use, before they touch it.
 */
public final class AppLogging {
    private static LogSession current;

    private AppLogging() {
    }

    /**
     * Logs into {@code folder} from now on. The same folder again keeps the running session (the launcher
     * and the application both ask); another folder replaces it.
     */
    public static synchronized LogSession install(Path folder) {
        Path normalized = folder.toAbsolutePath().normalize();
        if (current != null && current.folder().equals(normalized)) {
            return current;
        }
        if (current != null) {
            current.close();
        }
        current = LogSession.open(normalized);
        // Each run starts with what a reader of the file needs to place the lines that follow.
        LoggerFactory.getLogger(AppLogging.class).info("Zhibiao {} (process {}); Java {} ({}); {} {} ({})",
                AppVersion.current(), ProcessHandle.current().pid(), System.getProperty("java.version"),
                System.getProperty("java.vendor"), System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch"));
        return current;
    }

    /** The installed session, if logging was installed in this process. */
    public static synchronized Optional<LogSession> current() {
        return Optional.ofNullable(current);
    }

    static synchronized void ended(LogSession session) {
        if (current == session) {
            current = null;
        }
    }
}
