package io.zhibiao.ui;

import javafx.application.Application;

/** Starts the JavaFX workbench; kept apart from Launcher so commands never load JavaFX classes. */
public final class UiLauncher {
    private UiLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(ZhibiaoApp.class, args);
    }
}
