package io.zhibiao.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Labels JavaFX's stock dialog buttons (OK, Cancel, Close…) in the workbench's language. JavaFX names them
 * once, in the language of the operating system when the class is first used, so a Chinese workbench on an
 * English system said "Close" and "Cancel", and a language switch never reached them. Every dialog is
 * relabelled as it is shown, whoever built it.
 */
public final class StockButtons {
    private static final Map<ButtonType, String> KEYS = Map.of(
            ButtonType.OK, "button.ok", ButtonType.CANCEL, "button.cancel", ButtonType.CLOSE, "button.close",
            ButtonType.YES, "button.yes", ButtonType.NO, "button.no", ButtonType.APPLY, "button.apply",
            ButtonType.FINISH, "button.finish", ButtonType.NEXT, "button.next", ButtonType.PREVIOUS, "button.previous");

    /** The messages of the application started last (tests start several in one JVM, one after another). */
    private static volatile Supplier<Messages> current = () -> null;
    private static boolean installed;

    private StockButtons() {
    }

    /** From now on, relabels the stock buttons of every window shown, with the messages current then. */
    public static void install(Supplier<Messages> messages) {
        current = messages;
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                // a window joins the list while it is being shown, before it is first laid out
                c.getAddedSubList().forEach(w -> relabel(w, current.get()));
            }
        });
    }

    static void relabel(Window w, Messages m) {
        if (w.getScene() == null || m == null) {
            return;
        }
        Node found = w.getScene().getRoot() instanceof DialogPane d ? d : w.getScene().getRoot().lookup(".dialog-pane");
        if (found instanceof DialogPane pane) {
            for (ButtonType type : pane.getButtonTypes()) {
                String key = KEYS.get(type);
                if (key != null && pane.lookupButton(type) instanceof Button b) {
                    b.setText(m.get(key));
                }
            }
        }
    }
}
