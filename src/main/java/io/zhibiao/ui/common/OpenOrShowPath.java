package io.zhibiao.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * Opens a file or folder with the system's program for it, or, where there is none to ask or it failed,
 * shows its path in a dialog with a button to copy it. Never nothing at all.
 *
 * @param keys   prefix of the dialog's texts: {@code .title}, {@code .text}, {@code .copy}, {@code .copied}
 * @param id     prefix of the dialog's node ids: {@code -dialog}, {@code -path}, {@code -copy}
 */
public record OpenOrShowPath(Messages m, BackgroundTasks tasks, Window owner, SystemOpener opener,
                             String keys, String id) {
    private static final Logger LOG = LoggerFactory.getLogger(OpenOrShowPath.class);

    public void open(Path path) {
        Tasks.run(tasks, () -> opener.open(path), opened -> {
            if (!opened) {
                showPath(path);
            }
        }, failure -> {
            LOG.warn("Could not open {}: {}", path, failure.toString());
            showPath(path);
        });
    }

    private void showPath(Path path) {
        TextField field = new TextField(path.toString());
        field.setId(id + "-path");
        field.setEditable(false);
        field.setPrefColumnCount(Math.min(60, Math.max(30, path.toString().length())));
        Label text = new Label(m.get(keys + ".text"));
        text.setWrapText(true);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(m.get(keys + ".title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setContent(new VBox(8, text, field));
        alert.getDialogPane().setId(id + "-dialog");
        CopyButton.addTo(alert, m.get(keys + ".copy"), m.get(keys + ".copied"), id + "-copy", path::toString);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.show();
    }
}
