package io.zhibiao.ui.main;

import io.zhibiao.core.settings.Settings;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.UncheckedIOException;

/** Restores and saves the window's place and size, the tree width and the open panes. */
public final class WindowLayout {
    private static final Logger LOG = LoggerFactory.getLogger(WindowLayout.class);

    private WindowLayout() {
    }

    public static double width(Settings s) {
        double[] b = s.windowBounds();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return Math.min(b != null ? b[2] : 1400, screen.getWidth());
    }

    public static double height(Settings s) {
        double[] b = s.windowBounds();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return Math.min(b != null ? b[3] : 880, screen.getHeight());
    }

    public static void restore(Stage stage, MainWindow window, Settings s) {
        double[] b = s.windowBounds();
        // Only where the window is still on a screen: a monitor may have been unplugged since.
        if (b != null && !Screen.getScreensForRectangle(b[0], b[1], Math.max(1, b[2]), Math.max(1, b[3])).isEmpty()) {
            stage.setX(b[0]);
            stage.setY(b[1]);
            stage.setMaximized(b[4] == 1);
        }
        window.setDivider(s.divider(0.22));
    }

    public static void save(Stage stage, MainWindow window, Settings s) {
        if (!stage.isMaximized()) {
            s.setWindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        } else if (s.windowBounds() != null) {
            double[] b = s.windowBounds();
            s.setWindowBounds(b[0], b[1], b[2], b[3], true);
        }
        s.setDivider(window.divider());
        s.setOpenPanes(window.panes().documentIds());
        try {
            s.save();
        } catch (UncheckedIOException e) {
            LOG.warn("Settings not saved", e);
        }
    }
}
