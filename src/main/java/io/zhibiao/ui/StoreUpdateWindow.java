package io.zhibiao.ui;

import io.zhibiao.core.store.SchemaUpdate;
import io.zhibiao.ui.common.Messages;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Says what the start waits for while an existing store is backed up and brought to this version's schema:
 * on a store of 10,000 reports that takes minutes, and a start that shows nothing for so long looks dead.
 * Used on the JavaFX thread only.
 */
final class StoreUpdateWindow {
    private final Messages m;
    private Stage stage;
    private Label text;

    StoreUpdateWindow(Messages m) {
        this.m = m;
    }

    void show(SchemaUpdate update) {
        if (update.phase() == SchemaUpdate.Phase.DONE) {
            close();
            return;
        }
        if (stage == null) {
            text = new Label();
            text.setId("store-update-text");
            text.setWrapText(true);
            ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
            bar.setMaxWidth(Double.MAX_VALUE);
            VBox root = new VBox(12, text, bar);
            root.setPadding(new Insets(18));
            root.setPrefWidth(460);
            stage = new Stage();
            stage.setTitle(m.get("store.update.title"));
            stage.setScene(new Scene(root));
            stage.setResizable(false);
            stage.show();
        }
        text.setText(switch (update.phase()) {
            case BACKING_UP -> m.format("store.update.backingUp", update.from(), update.to());
            case MIGRATING -> m.format("store.update.migrating", update.step() - update.from(),
                    update.to() - update.from());
            case DONE -> "";
        });
        stage.sizeToScene();
    }

    void close() {
        if (stage != null) {
            stage.close();
            stage = null;
        }
    }

    boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    String text() {
        return text == null ? "" : text.getText();
    }
}
