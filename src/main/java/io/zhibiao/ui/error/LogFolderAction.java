package io.zhibiao.ui.error;

import io.zhibiao.ui.common.BackgroundTasks;
import io.zhibiao.ui.common.CopyButton;
import io.zhibiao.ui.common.Messages;
import io.zhibiao.ui.common.Tasks;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Help ▸ Open log folder: the folder opens in the file manager, or, where there is none to ask or it
 * failed, a dialog shows its path with a button to copy it. Never nothing at all.
 */
public final class LogFolderAction {
    private static final Logger LOG = LoggerFactory.getLogger(LogFolderAction.class);
    private final Messages m;
    private final BackgroundTasks tasks;
    private final Window owner;
    private final FolderOpener opener;

    public LogFolderAction(Messages m, BackgroundTasks tasks, Window owner, FolderOpener opener) {
        this.m = m;
        this.tasks = tasks;
        this.owner = owner;
        this.opener = opener;
    }

    public void open(Path folder) {
        Tasks.run(tasks, () -> {
            // A store that never logged yet (logging could not write) still gets a folder to show.
            Files.createDirectories(folder);
            return opener.open(folder);
        }, opened -> {
            if (!opened) {
                showPath(folder);
            }
        }, failure -> {
            LOG.warn("Could not open the log folder {}: {}", folder, failure.toString());
            showPath(folder);
        });
    }

    private void showPath(Path folder) {
        TextField path = new TextField(folder.toString());
        path.setId("log-folder-path");
        path.setEditable(false);
        path.setPrefColumnCount(Math.min(60, Math.max(30, folder.toString().length())));
        Label text = new Label(m.get("logFolder.text"));
        text.setWrapText(true);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(m.get("logFolder.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setContent(new VBox(8, text, path));
        alert.getDialogPane().setId("log-folder-dialog");
        CopyButton.addTo(alert, m.get("logFolder.copy"), m.get("logFolder.copied"), "log-folder-copy",
                folder::toString);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.show();
    }
}
