package io.zhibiao.ui.common;

import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Region;

import java.util.function.Supplier;

/**
 * A "Copy …" button in a dialog's button bar that puts a text on the clipboard and says so, leaving the dialog
 * open so that what was copied can still be read.
 */
public final class CopyButton {
    private CopyButton() {
    }

    /** Adds the button before Close; {@code text} is asked for at each click. */
    public static Button addTo(Alert alert, String label, String copiedLabel, String id, Supplier<String> text) {
        ButtonType copy = new ButtonType(label, ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().setAll(copy, ButtonType.CLOSE);
        Button button = (Button) alert.getDialogPane().lookupButton(copy);
        button.setId(id);
        // The button bar gives its buttons one width, fixed when first laid out: "copied" must fit.
        ButtonBar.setButtonUniformSize(button, false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            ClipboardContent content = new ClipboardContent();
            content.putString(text.get());
            Clipboard.getSystemClipboard().setContent(content);
            button.setText(copiedLabel);
        });
        return button;
    }
}
