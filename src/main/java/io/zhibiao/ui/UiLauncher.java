package io.zhibiao.ui;

import javafx.application.Application;

/** Starts the JavaFX workbench; kept apart from Launcher so commands never load JavaFX classes. */
public final class UiLauncher {
    private UiLauncher() {
    }

    public static void launch(String[] args) {
        StartupTrace.mark("ui launcher");
        try {
            EarlyStart.begin(AppOptions.parse(java.util.List.of(args)));
        } catch (IllegalArgumentException e) {
            // The application reports bad options itself, in the window it opens.
        }
        Application.launch(ZhibiaoApp.class, args);
    }
}
