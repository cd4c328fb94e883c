package io.zhibiao.ui.review;

import io.zhibiao.ui.common.Messages;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.controlsfx.control.textfield.TextFields;

import java.util.List;
import java.util.Optional;

/** Asks for a tag name, completing from the tags already in use. */
public final class TagDialog {
    private TagDialog() {
    }

    public static Optional<String> ask(Window owner, Messages m, List<String> existing) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("review.tag.title"));
        d.setHeaderText(m.get("review.tag.prompt"));
        TextField field = new TextField();
        field.setId("tag-name");
        TextFields.bindAutoCompletion(field, existing);
        d.getDialogPane().setContent(field);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK && !field.getText().isBlank() ? field.getText().strip() : null);
        javafx.application.Platform.runLater(field::requestFocus);
        return d.showAndWait();
    }
}
