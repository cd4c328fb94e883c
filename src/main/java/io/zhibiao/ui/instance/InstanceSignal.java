package io.zhibiao.ui.instance;

import io.zhibiao.core.files.AtomicWrite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Lets a second start of the workbench on the same store hand over to the window already open,
 * through a file in the store's folder (no network port: the application listens on none).
 * <p>
 * The running window {@link #listen listens}: a daemon thread watches the folder and, when the request
 * file appears, deletes it (that deletion is the answer) and asks its window to come forward. The second
 * start {@link #askRunningWindow asks}: it writes the request file and waits for it to disappear. If
 * nobody takes it within the time given (the store is held by a command-line import, or the window is
 * hung) it removes the request again and reports that nobody answered, so the caller can explain why
 * the store is busy.
 */
public final class InstanceSignal {
    private static final Logger LOG = LoggerFactory.getLogger(InstanceSignal.class);
    /**
     * How often the listener also looks without an event: file watching is instant on Linux and Windows,
     * but some file systems (and macOS's polling watcher) report late or never.
     */
    static final Duration SAFETY_POLL = Duration.ofMillis(300);

    private final Path request;

    /** @param storeLocation the store path without extension, as {@code Store.location()} gives it */
    public InstanceSignal(Path storeLocation) {
        Path absolute = storeLocation.toAbsolutePath();
        this.request = absolute.resolveSibling(absolute.getFileName() + ".show-window");
    }

    /** The request file (for tests and diagnostics). */
    Path requestFile() {
        return request;
    }

    /**
     * Asks the window running on this store to come forward.
     *
     * @return true if a running window took the request within {@code wait}, false if nobody answered
     */
    public boolean askRunningWindow(Duration wait) {
        try {
            Files.createDirectories(request.getParent());
            // whole or not at all: the running window never reads half a request
            AtomicWrite.writeString(request, ProcessHandle.current().pid() + "\n");
        } catch (IOException e) {
            LOG.warn("Could not ask the running window to come forward: {}", e.toString());
            return false;
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            if (!Files.exists(request)) {
                return true;
            }
            if (!sleep(25)) {
                break;
            }
        }
        try {
            // Deleted by us: nobody answered. Already gone: the window took it at the last moment.
            return !Files.deleteIfExists(request);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Starts answering requests: {@code onRequest} runs on a daemon thread each time a second start
     * asks (hand it to the JavaFX thread yourself). A request left from before is answered at once.
     *
     * @return what stops listening
     */
    public AutoCloseable listen(Runnable onRequest) {
        WatchService watcher = newWatcher();
        Thread thread = new Thread(() -> loop(watcher, onRequest), "zhibiao-instance-signal");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            thread.interrupt();
            if (watcher != null) {
                watcher.close();
            }
        };
    }

    private WatchService newWatcher() {
        try {
            Files.createDirectories(request.getParent());
            WatchService w = FileSystems.getDefault().newWatchService();
            request.getParent().register(w, StandardWatchEventKinds.ENTRY_CREATE);
            return w;
        } catch (IOException | UnsupportedOperationException e) {
            LOG.info("No file watching for {} ({}); polling instead", request.getParent(), e.toString());
            return null;
        }
    }

    private void loop(WatchService watcher, Runnable onRequest) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                answerIfAsked(onRequest);
                if (watcher == null) {
                    Thread.sleep(SAFETY_POLL.toMillis());
                    continue;
                }
                var key = watcher.poll(SAFETY_POLL.toMillis(), TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Stopped: the window is closing.
        }
    }

    private void answerIfAsked(Runnable onRequest) {
        try {
            if (Files.deleteIfExists(request)) {
                onRequest.run();
            }
        } catch (IOException e) {
            LOG.debug("Could not take the request {}: {}", request, e.toString());
        } catch (RuntimeException e) {
            LOG.warn("Bringing the window forward failed", e);
        }
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
