package io.zhibiao.ui.catalog;

import io.zhibiao.core.catalog.Lesson;
import io.zhibiao.core.review.TeachPreview;
import io.zhibiao.ui.AppContext;
import io.zhibiao.ui.common.Messages;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * Teach: the lesson, what it would do to the whole store (rows added, changed and removed, a few of them in
 * their sentence with the phrase marked), Apply, which writes it and re-extracts with progress, and Close,
 * which cancels what is running. The view only binds {@link TeachViewModel}.
 */
public final class TeachDialog {
    private TeachDialog() {
    }

    public static TeachViewModel show(Window owner, AppContext context, Lesson lesson) {
        Messages m = context.messages();
        TeachViewModel model = new TeachViewModel(context, lesson);
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.initModality(Modality.WINDOW_MODAL);
        d.setTitle(m.get("teach.title"));
        d.setHeaderText(model.title());
        d.getDialogPane().setId("teach-dialog");
        ButtonType apply = new ButtonType(m.get("teach.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(m.get("teach.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(apply, close);

        Label message = new Label();
        message.setId("teach-message");
        message.setWrapText(true);
        message.textProperty().bind(model.message());
        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progress());
        progress.visibleProperty().bind(model.running());
        progress.managedProperty().bind(model.running());
        VBox examples = new VBox(6);
        model.preview().addListener((o, was, p) -> examples.getChildren().setAll(p.examples().stream()
                .map(e -> example(e, m)).toList()));
        VBox content = new VBox(10, message, progress, examples);
        content.setPrefWidth(620);
        d.getDialogPane().setContent(content);

        Button applyButton = (Button) d.getDialogPane().lookupButton(apply);
        applyButton.setId("teach-apply");
        applyButton.disableProperty().bind(model.preview().isNull().or(model.running()).or(model.applied())
                .or(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> model.preview().get() != null && model.preview().get().known(), model.preview())));
        applyButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.apply();
        });
        Button closeButton = (Button) d.getDialogPane().lookupButton(close);
        closeButton.setId("teach-close");
        closeButton.addEventFilter(ActionEvent.ACTION, e -> model.cancel());
        d.setOnCloseRequest(e -> model.cancel());
        model.startPreview();
        d.show();
        return model;
    }

    /** One row in its sentence: the report, what happens to the row, and the sentence with the phrase marked. */
    private static VBox example(TeachPreview.Example e, Messages m) {
        Label head = new Label(m.get(e.change().messageKey()) + " · " + e.figure() + " · " + e.document());
        head.getStyleClass().add("teach-example-head");
        TextFlow sentence = new TextFlow();
        if (e.phraseStart() >= 0) {
            Text phrase = new Text(e.sentence().substring(e.phraseStart(), e.phraseEnd()));
            phrase.getStyleClass().add("teach-phrase");
            sentence.getChildren().addAll(new Text(e.sentence().substring(0, e.phraseStart())), phrase,
                    new Text(e.sentence().substring(e.phraseEnd())));
        } else {
            sentence.getChildren().add(new Text(e.sentence()));
        }
        VBox box = new VBox(2, head, sentence);
        box.getStyleClass().add("teach-example");
        return box;
    }
}
