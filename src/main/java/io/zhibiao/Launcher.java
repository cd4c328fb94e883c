package io.zhibiao;

import io.zhibiao.cli.ZhibiaoCommand;

/**
 * Entry point of the fat jar. A separate class from the JavaFX application because a main class that
 * extends Application fails from a plain classpath ("JavaFX runtime components are missing"), and so
 * that a command runs without ever starting the JavaFX toolkit.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (ZhibiaoCommand.isCommandLine(args)) {
            System.exit(ZhibiaoCommand.execute(args));
        }
        io.zhibiao.ui.UiLauncher.launch(args);
    }
}
