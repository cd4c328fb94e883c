package io.zhibiao.ui.backup;

import io.zhibiao.core.backup.Backup;
import io.zhibiao.ui.common.Messages;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** File ▸ Restore from backup: the store's backups, newest first; the chosen one is confirmed before use. */
final class RestoreDialog extends Dialog<Backup> {
    private final TableView<Backup> table = new TableView<>();

    RestoreDialog(Window owner, Messages m, List<Backup> backups, String folder) {
        initOwner(owner);
        setTitle(m.get("backup.restore.title"));
        table.setId("backup-table");
        table.setPlaceholder(new Label(m.get("backup.restore.none")));
        ZoneId zone = ZoneId.systemDefault();
        table.getColumns().add(column(m.get("backup.column.taken"), b -> BackupText.takenAt(b, zone), 170));
        table.getColumns().add(column(m.get("backup.column.reason"), b -> BackupText.reason(b, m), 200));
        table.getColumns().add(column(m.get("backup.column.size"), b -> BackupText.size(b.sizeBytes()), 90));
        table.getItems().setAll(backups);
        table.setPrefSize(500, 300);
        ButtonType restore = new ButtonType(m.get("backup.restore.button"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(restore, ButtonType.CANCEL);
        getDialogPane().lookupButton(restore).disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        getDialogPane().setContent(new VBox(8, new Label(m.format("backup.restore.folder", folder)), table));
        setResultConverter(b -> b == restore ? table.getSelectionModel().getSelectedItem() : null);
    }

    /** Lets the analyst pick a backup, then asks once more, naming what will be lost and how to undo it. */
    static Optional<Backup> choose(Window owner, Messages m, List<Backup> backups, String folder) {
        Optional<Backup> chosen = new RestoreDialog(owner, m, backups, folder).showAndWait();
        return chosen.filter(b -> confirm(owner, m, b));
    }

    private static boolean confirm(Window owner, Messages m, Backup b) {
        ButtonType restore = new ButtonType(m.get("backup.restore.button"), ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, m.format("backup.restore.confirm",
                BackupText.takenAt(b, ZoneId.systemDefault()), BackupText.reason(b, m)), restore, ButtonType.CANCEL);
        a.setHeaderText(null);
        a.setTitle(m.get("backup.restore.title"));
        a.initOwner(owner);
        return a.showAndWait().filter(r -> r == restore).isPresent();
    }

    static TableColumn<Backup, String> column(String title, java.util.function.Function<Backup, String> text,
                                                     double width) {
        TableColumn<Backup, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
