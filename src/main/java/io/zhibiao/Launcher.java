package io.zhibiao;

import io.zhibiao.cli.ZhibiaoCommand;

/**
 * Entry point of the fat jar. A separate class from the JavaFX application because a main class that
 * extends Application fails from a plain classpath ("JavaFX runtime components are missing"), and so
 * that a command runs without ever starting the JavaFX toolkit. Before the window starts, the
 * multi-platform jar's native libraries are unpacked for the running system ({@link NativeLibraries}).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (ZhibiaoCommand.isCommandLine(args)) {
            System.exit(ZhibiaoCommand.execute(args));
        }
        // Only the multi-platform jar carries its natives apart; elsewhere this is one missing resource.
        NativeLibraries.prepare();
        io.zhibiao.ui.UiLauncher.launch(args);
    }
}
