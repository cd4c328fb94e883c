package io.zhibiao.ui.common;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

/** Opens a file or folder with the program the system has for it (file manager, spreadsheet program). */
@FunctionalInterface
public interface SystemOpener {
    /**
     * @return false where no program can be asked (no desktop session, a headless system)
     * @throws IOException when one was asked and failed
     */
    boolean open(Path path) throws IOException;

    /**
     * AWT's Desktop rather than JavaFX's HostServices: HostServices hands the path to the first browser
     * it finds and never says whether anything opened, so a system without one would fail silently.
     * It may block (it starts another program), so it is called off the JavaFX thread.
     */
    SystemOpener DESKTOP = path -> {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            return false;
        }
        Desktop.getDesktop().open(path.toFile());
        return true;
    };
}
