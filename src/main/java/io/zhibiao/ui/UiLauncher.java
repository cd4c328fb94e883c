package io.zhibiao.ui;

import io.zhibiao.core.logging.AppLogging;
import io.zhibiao.core.logging.LogFolder;
import javafx.application.Application;

/** Starts the JavaFX workbench; kept apart from Launcher so commands never load JavaFX classes. */
public final class UiLauncher {
    private UiLauncher() {
    }

    public static void launch(String[] args) {
        StartupTrace.mark("ui launcher");
        try {
            AppOptions options = AppOptions.parse(java.util.List.of(args));
            startLogging(options);
            EarlyStart.begin(options);
        } catch (IllegalArgumentException | io.zhibiao.core.store.StoreException e) {
            // The application reports bad options (and a --db value that names no store) itself, in the window it opens.
        }
        Application.launch(ZhibiaoApp.class, args);
    }

    /**
     * Sets up logging on a thread of its own, beside the store opening and the toolkit starting: the first
     * use of java.util.logging and SLF4J took 0.1 to 0.3 s here, which in line would delay the window as
     * much. The application's init() installs the same session, waiting for this one to be done, before it
     * logs anything. Lines the store logs while it opens (Flyway's, when it migrates) reach the file unless
     * they come before it is open, after the store file itself was opened, which has never been seen.
     */
    private static void startLogging(AppOptions options) {
        Thread setUp = new Thread(() -> AppLogging.install(LogFolder.beside(options.db().location())), "zhibiao-log-setup");
        setUp.setDaemon(true);
        setUp.start();
    }
}
