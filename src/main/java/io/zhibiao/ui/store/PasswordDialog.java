package io.zhibiao.ui.store;

import io.zhibiao.core.store.TeamPasswordNeeded;
import io.zhibiao.ui.common.Messages;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for the password of a team store's user when neither PGPASSWORD nor ~/.pgpass gave one (or the server
 * refused it). The password goes to the server for this session only: the dialog returns it as characters,
 * which the caller hands on and then blanks; nothing writes it to Settings, a message or the log.
 */
final class PasswordDialog extends Dialog<char[]> {
    PasswordDialog(Window owner, Messages m, TeamPasswordNeeded needed) {
        initOwner(owner);
        setTitle(m.get("password.title"));
        setHeaderText(m.format("password.header", needed.user(), needed.server()));
        PasswordField field = new PasswordField();
        field.setId("team-password");
        Label note = new Label(needed.refused() ? m.get("password.refused") : m.get("password.note"));
        note.setId("team-password-note");
        note.setWrapText(true);
        note.setMaxWidth(440);
        getDialogPane().setContent(new VBox(8, field, note));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).setId("team-password-ok");
        setResultConverter(button -> {
            char[] typed = button == ButtonType.OK ? field.getText().toCharArray() : null;
            field.clear();
            return typed;
        });
        Platform.runLater(field::requestFocus);
    }
}
