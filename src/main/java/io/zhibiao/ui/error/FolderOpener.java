package io.zhibiao.ui.error;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

/** Opens a folder in the system's file manager. */
@FunctionalInterface
public interface FolderOpener {
    /**
     * @return false where no file manager can be asked (no desktop session, a headless system)
     * @throws IOException when one was asked and failed
     */
    boolean open(Path folder) throws IOException;

    /**
     * AWT's Desktop rather than JavaFX's HostServices: HostServices hands the path to the first browser
     * it finds and never says whether anything opened, so a system without one would fail silently.
     * It may block (it starts another program), so it is called off the JavaFX thread.
     */
    FolderOpener DESKTOP = folder -> {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            return false;
        }
        Desktop.getDesktop().open(folder.toFile());
        return true;
    };
}
