package io.zhibiao.ui.error;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.function.Consumer;

/**
 * The handler of every error no code caught, on any thread: the JavaFX thread (an event handler, a
 * listener, a layout pass) and the others. Each is logged with its stack trace and handed to the error
 * dialog on the JavaFX thread; identical repeats are counted rather than logged and shown one by one.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrors.class);
    private final ErrorBursts bursts = new ErrorBursts();
    private final Consumer<ReportedError> show;
    private final Clock clock;
    private final Thread fxThread;
    private final Thread.UncaughtExceptionHandler previousDefault;
    private final Thread.UncaughtExceptionHandler previousFx;

    private UncaughtErrors(Consumer<ReportedError> show, Clock clock) {
        this.show = show;
        this.clock = clock;
        this.fxThread = Thread.currentThread();
        this.previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        this.previousFx = fxThread.getUncaughtExceptionHandler();
    }

    /**
     * Handles uncaught errors of every thread from now on. Called on the JavaFX thread, which gets the
     * handler as its own too: JavaFX reports what its event handlers throw to that thread's handler.
     *
     * @param show shows an error to the analyst; runs on the JavaFX thread
     */
    public static UncaughtErrors install(Consumer<ReportedError> show) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("install on the JavaFX thread");
        }
        UncaughtErrors handler = new UncaughtErrors(show, Clock.systemUTC());
        Thread.setDefaultUncaughtExceptionHandler(handler);
        handler.fxThread.setUncaughtExceptionHandler(handler);
        return handler;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        try {
            ErrorBursts.Occurrence o = bursts.offer(error, clock.instant());
            if (o.first()) {
                LOG.error("Uncaught exception in thread {}", thread.getName(), error);
            } else if (o.logRepeat()) {
                LOG.error("The same exception again in thread {}, {} times in a row: {}", thread.getName(),
                        o.count(), error.toString());
            }
            ReportedError reported = new ReportedError(o.signature(), thread.getName(), error, o.count());
            Platform.runLater(() -> showSafely(reported));
        } catch (IllegalStateException toolkitGone) {
            LOG.debug("No window left to show the error in: {}", toolkitGone.toString());
        } catch (Throwable handlerFailure) {
            // Nothing may escape a handler; stderr is what is left when logging itself failed.
            System.err.println("Uncaught exception in thread " + thread.getName() + ": " + error);
        }
    }

    /** A dialog that fails must not report its own failure through this handler again, in a loop. */
    private void showSafely(ReportedError reported) {
        try {
            show.accept(reported);
        } catch (RuntimeException e) {
            LOG.error("The error dialog could not be shown", e);
        }
    }

    /** Gives the threads back the handlers they had (the application is stopping). */
    @Override
    public void close() {
        if (Thread.getDefaultUncaughtExceptionHandler() == this) {
            Thread.setDefaultUncaughtExceptionHandler(previousDefault);
        }
        if (fxThread.getUncaughtExceptionHandler() == this) {
            fxThread.setUncaughtExceptionHandler(previousFx);
        }
    }
}
