package io.zhibiao.ui.backup;

import io.zhibiao.core.backup.Backup;
import io.zhibiao.core.store.DamagedStoreException;
import io.zhibiao.core.store.StoreFile;
import io.zhibiao.ui.common.Messages;
import io.zhibiao.ui.common.Tasks;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/**
 * The store file is empty or cannot be read (found at start, or in use when a read fails): says so, lists the newest backups and restores the chosen
 * one in place, keeping the file as it is beside the store; or quits (at start) or closes (in use). The
 * result is true once a backup is in place, false otherwise. The restore itself is the caller's background task; the
 * dialog stays open, busy, while it runs, and shows why when it fails.
 */
public final class DamagedStoreDialog extends Dialog<Boolean> {
    /** Enough to reach back past a few days of daily copies to the analyst's own. */
    static final int SHOWN = 10;

    private final TableView<Backup> table = new TableView<>();
    private final Label status = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();

    /**
     * @param location the store, without extension
     * @param restore  starts restoring a backup in the background; the dialog closes when it succeeds
     */
    public DamagedStoreDialog(Window owner, Messages m, DamagedStoreException problem, Path location,
                              String backupsFolder, List<Backup> backups, Function<Backup, Task<?>> restore) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(m.get("damaged.title"));
        setHeaderText(m.get("damaged.header"));
        getDialogPane().setId("damaged-store-dialog");
        Path file = StoreFile.dataFile(location);
        Label what = new Label(problem.location().isEmpty() ? m.format("damaged.during", problem.reason())
                : problem.problem() == DamagedStoreException.Problem.EMPTY ? m.format("damaged.empty", file)
                : m.format("damaged.unreadable", file, problem.reason()));
        what.setWrapText(true);
        String kept = location.getFileName() + ".damaged-<…>" + StoreFile.EXTENSION;
        Label offer = new Label(backups.isEmpty() ? m.format("damaged.noBackups", backupsFolder)
                : problem.location().isEmpty() ? m.format("damaged.offerInUse", backupsFolder)
                : m.format("damaged.offer", kept, backupsFolder));
        offer.setWrapText(true);
        ButtonType restoreButton = new ButtonType(m.get("damaged.restore"), ButtonBar.ButtonData.OK_DONE);
        // at start there is no store to go on with; in use, the rest of the store may still serve
        ButtonType quit = new ButtonType(m.get(problem.location().isPresent() ? "damaged.quit" : "damaged.later"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(restoreButton, quit);
        VBox content = new VBox(10, what, offer);
        Node restoreNode = getDialogPane().lookupButton(restoreButton);
        if (backups.isEmpty()) {
            restoreNode.setVisible(false);
            restoreNode.setManaged(false);
        } else {
            content.getChildren().add(table(m, backups));
            restoreNode.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                    .or(busy.visibleProperty()));
            restoreNode.addEventFilter(ActionEvent.ACTION, e -> {
                e.consume(); // the dialog closes only once the backup is in place
                start(m, restore, table.getSelectionModel().getSelectedItem());
            });
        }
        busy.setVisible(false);
        busy.setPrefSize(18, 18);
        status.setWrapText(true);
        status.setId("damaged-store-status");
        content.getChildren().add(new HBox(8, busy, status));
        content.setPrefWidth(620);
        getDialogPane().setContent(content);
        getDialogPane().lookupButton(quit).disableProperty().bind(busy.visibleProperty());
        setResultConverter(b -> false);
    }

    private TableView<Backup> table(Messages m, List<Backup> backups) {
        ZoneId zone = ZoneId.systemDefault();
        table.setId("damaged-store-backups");
        table.getColumns().add(RestoreDialog.column(m.get("backup.column.taken"), b -> BackupText.takenAt(b, zone), 170));
        table.getColumns().add(RestoreDialog.column(m.get("backup.column.reason"), b -> BackupText.reason(b, m), 220));
        table.getColumns().add(RestoreDialog.column(m.get("backup.column.size"), b -> BackupText.size(b.sizeBytes()), 90));
        table.getItems().setAll(backups.subList(0, Math.min(SHOWN, backups.size())));
        table.getSelectionModel().selectFirst();
        table.setPrefHeight(240);
        return table;
    }

    private void start(Messages m, Function<Backup, Task<?>> restore, Backup chosen) {
        busy.setVisible(true);
        status.setText(m.format("damaged.restoring", BackupText.takenAt(chosen, ZoneId.systemDefault())));
        Task<?> task = restore.apply(chosen);
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                // after the task's own success handler, which the caller uses to take the result
                Platform.runLater(() -> {
                    busy.setVisible(false);
                    setResult(true);
                    close();
                });
            } else if (state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                busy.setVisible(false);
                status.setText(m.format("backup.restore.failed", task.getException() == null ? ""
                        : Tasks.message(task.getException())));
            }
        });
    }
}
