package io.zhibiao.ui.trash;

import io.zhibiao.core.review.DocumentLabel;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.ReviewWork;
import io.zhibiao.ui.AppContext;
import io.zhibiao.ui.common.Messages;
import io.zhibiao.ui.common.Tasks;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * File ▸ Deleted reports: the reports in the trash, any of which can be brought back as they were (one undoable
 * step, also after a restart, when Ctrl+Z no longer reaches the delete), and emptying the trash, the one
 * way their work is lost, after a confirmation naming it. Every store read and write runs in the background.
 */
public final class TrashDialog {
    private final AppContext context;
    private final Messages m;
    private final Supplier<Window> owner;
    private final Consumer<String> error;

    public TrashDialog(AppContext context, Supplier<Window> owner, Consumer<String> error) {
        this.context = context;
        this.m = context.messages();
        this.owner = owner;
        this.error = error;
    }

    public void show() {
        Tasks.run(context.tasks(), () -> context.review().trash(), this::show, this::failed);
    }

    private void show(List<DocumentSummary> trash) {
        ListView<DocumentSummary> list = new ListView<>();
        list.setId("trash-list");
        list.getItems().setAll(trash);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DocumentSummary d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : DocumentLabel.of(d));
            }
        });
        list.setPrefSize(560, 280);
        ButtonType restore = new ButtonType(m.get("trash.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType purge = new ButtonType(m.get("trash.purge"), ButtonBar.ButtonData.OTHER);
        ButtonType close = new ButtonType(m.get("trash.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner.get());
        d.setTitle(m.get("trash.title"));
        d.getDialogPane().setContent(new VBox(8, new Label(m.get(trash.isEmpty() ? "trash.none" : "trash.hint")), list));
        d.getDialogPane().getButtonTypes().addAll(restore, purge, close);
        d.getDialogPane().lookupButton(restore).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        d.getDialogPane().lookupButton(purge).setDisable(trash.isEmpty());
        d.showAndWait().ifPresent(b -> {
            if (b == restore) {
                List<Long> ids = list.getSelectionModel().getSelectedItems().stream().map(DocumentSummary::id).toList();
                Tasks.run(context.tasks(), () -> context.review().restoreDocuments(ids), n -> { }, this::failed);
            } else if (b == purge) {
                List<Long> ids = trash.stream().map(DocumentSummary::id).toList();
                Tasks.run(context.tasks(), () -> context.review().workIn(ids), work -> {
                    if (confirmPurge(ids.size(), work)) {
                        Tasks.run(context.tasks(), () -> context.review().emptyTrash(), gone -> { }, this::failed);
                    }
                }, this::failed);
            }
        });
    }

    private boolean confirmPurge(int documents, ReviewWork work) {
        ButtonType purge = new ButtonType(m.get("trash.purge.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(m.get("trash.purge.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        String what = work.isEmpty() ? m.get("corpus.delete.noWork")
                : m.format("corpus.delete.work", work.verified(), work.corrected(), work.rejected(), work.tagged());
        Alert a = new Alert(Alert.AlertType.WARNING, m.format("trash.purge.confirm", documents, what), purge, keep);
        a.setHeaderText(null);
        a.setTitle(m.get("trash.title"));
        a.initOwner(owner.get());
        a.getDialogPane().setId("purge-confirmation");
        return a.showAndWait().filter(b -> b == purge).isPresent();
    }

    private void failed(Throwable failure) {
        error.accept(m.format("trash.failed", Tasks.message(failure)));
    }
}
