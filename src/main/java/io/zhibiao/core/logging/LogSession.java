package io.zhibiao.core.logging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The logging of this process while it is installed on java.util.logging's root logger (where SLF4J,
 * and through it POI, Flyway, PDFBox and JavaFX, end up): warnings on stderr as before, and everything
 * from INFO up in a rolling file and in memory. Closing it puts back the handlers it replaced.
 */
public final class LogSession implements AutoCloseable {
    /** File names {@code zhibiao-0.log} (newest) to {@code zhibiao-4.log}. */
    static final String FILE_PATTERN = "zhibiao-%g.log";
    static final int FILE_LIMIT_BYTES = 2 * 1024 * 1024;
    static final int FILE_COUNT = 5;
    static final int RECENT_LINES = 200;
    private static final String OWN_LOGGERS = "io.zhibiao.";

    private final Path folder;
    private final Logger root = Logger.getLogger("");
    private final List<Handler> replaced;
    private final Level replacedLevel;
    private final Handler console;
    private final RecentLines recent;
    private final FileHandler file;
    private final String fileProblem;

    private LogSession(Path folder) {
        this.folder = folder;
        this.replaced = List.of(root.getHandlers());
        this.replacedLevel = root.getLevel();
        console = new ConsoleHandler();
        console.setLevel(Level.WARNING);
        console.setFormatter(LogLineFormat.console());
        recent = new RecentLines(RECENT_LINES);
        recent.setLevel(Level.INFO);
        recent.setFormatter(LogLineFormat.file());
        FileHandler opened = null;
        String problem = null;
        try {
            opened = openFile(folder);
        } catch (IOException | RuntimeException e) {
            // A read-only or full data folder must not stop the application: it says so and logs on.
            problem = e.toString();
        }
        file = opened;
        fileProblem = problem;
    }

    static LogSession open(Path folder) {
        LogSession session = new LogSession(folder);
        session.attach();
        return session;
    }

    private static FileHandler openFile(Path folder) throws IOException {
        Files.createDirectories(folder);
        // FileHandler reads % as the start of its own placeholders (%g generation, %u uniqueness, %h home).
        String pattern = folder.toString().replace("%", "%%") + folder.getFileSystem().getSeparator()
                + FILE_PATTERN;
        FileHandler handler = new FileHandler(pattern, FILE_LIMIT_BYTES, FILE_COUNT, true);
        handler.setEncoding(StandardCharsets.UTF_8.name());
        handler.setLevel(Level.INFO);
        handler.setFormatter(LogLineFormat.file());
        return handler;
    }

    private void attach() {
        for (Handler h : replaced) {
            root.removeHandler(h);
        }
        root.setLevel(Level.INFO);
        root.addHandler(console);
        root.addHandler(recent);
        if (file != null) {
            root.addHandler(file);
        } else {
            Logger.getLogger(LogSession.class.getName()).log(Level.WARNING,
                    "No log file in {0}; logging to the console only: {1}", new Object[]{folder, fileProblem});
        }
    }

    public Path folder() {
        return folder;
    }

    /**
     * Keeps the libraries' warnings (PDFBox on fonts and damaged pages, POI, Flyway) off the console, for a
     * command, whose console is its output: they go to the log file only. Zhibiao's own warnings still show,
     * and so does everything when there is no log file to hold it.
     */
    public void keepLibrariesOffConsole() {
        if (file != null) {
            console.setFilter(r -> r.getLoggerName() != null && r.getLoggerName().startsWith(OWN_LOGGERS));
        }
    }

    /** Whether the log file could be opened; if not, lines go to stderr and memory only. */
    public boolean writesFile() {
        return file != null;
    }

    /** Why the log file could not be opened, if it could not. */
    public Optional<String> fileProblem() {
        return Optional.ofNullable(fileProblem);
    }

    /** The newest lines this process logged, oldest first, as they stand in the log file. */
    public List<String> recentLines(int max) {
        return recent.last(max);
    }

    @Override
    public void close() {
        root.removeHandler(console);
        root.removeHandler(recent);
        console.flush();
        recent.close();
        if (file != null) {
            root.removeHandler(file);
            file.close();
        }
        root.setLevel(replacedLevel);
        for (Handler h : replaced) {
            root.addHandler(h);
        }
        AppLogging.ended(this);
    }
}
