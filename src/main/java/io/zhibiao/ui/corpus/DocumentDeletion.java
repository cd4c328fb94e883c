package io.zhibiao.ui.corpus;

import io.zhibiao.core.store.ReviewWork;
import io.zhibiao.ui.AppContext;
import io.zhibiao.ui.common.Messages;
import io.zhibiao.ui.common.Tasks;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Deleting reports from the corpus tree: the review work in them is counted in the background, a
 * confirmation names how many reports and how much work would go, and the delete runs in the background as
 * one review step (Ctrl+Z brings them back). The store reads and writes never run on the JavaFX thread.
 */
public final class DocumentDeletion {
    private final AppContext context;
    private final Messages m;
    private final Supplier<Window> owner;
    private final Consumer<String> error;

    public DocumentDeletion(AppContext context, Supplier<Window> owner, Consumer<String> error) {
        this.context = context;
        this.m = context.messages();
        this.owner = owner;
        this.error = error;
    }

    public void start(List<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return;
        }
        List<Long> ids = List.copyOf(documentIds);
        Tasks.run(context.tasks(), () -> context.review().workIn(ids), work -> {
            if (confirm(work)) {
                Tasks.run(context.tasks(), () -> context.review().deleteDocuments(ids), deleted -> { },
                        failure -> error.accept(m.format("corpus.delete.failed", Tasks.message(failure))));
            }
        }, failure -> error.accept(m.format("corpus.delete.failed", Tasks.message(failure))));
    }

    private boolean confirm(ReviewWork work) {
        ButtonType delete = new ButtonType(m.get("corpus.delete.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("corpus.delete.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        String what = work.isEmpty() ? m.get("corpus.delete.noWork")
                : m.format("corpus.delete.work", work.verified(), work.corrected(), work.rejected(), work.tagged());
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, m.format("corpus.delete.confirm", work.documents(), what),
                delete, cancel);
        a.setHeaderText(null);
        a.setTitle(m.get("corpus.delete.title"));
        a.initOwner(owner.get());
        a.getDialogPane().setId("delete-confirmation");
        return a.showAndWait().filter(b -> b == delete).isPresent();
    }
}
