package io.zhibiao.ui.review;

import io.zhibiao.core.extract.catalog.IndicatorCatalog;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.ui.common.Messages;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Optional;

/** Correct an indicator, or add one the engine missed; the dialog stays open on unreadable input. */
public final class IndicatorDialog {
    private IndicatorDialog() {
    }

    public static Optional<IndicatorValue> show(Window owner, Messages m, IndicatorCatalog catalog, String title,
                                                IndicatorValue start) {
        Dialog<IndicatorValue> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        IndicatorForm form = new IndicatorForm(m, catalog, start);
        Label problem = new Label();
        problem.getStyleClass().add("form-error");
        Label source = new Label(start.sentence() == null ? "" : start.sentence());
        source.setWrapText(true);
        source.setMaxWidth(420);
        source.getStyleClass().add("hint");
        d.getDialogPane().setContent(new VBox(10, source, form, problem));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        IndicatorValue[] result = new IndicatorValue[1];
        Button ok = (Button) d.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                result[0] = form.read(m);
            } catch (IllegalArgumentException ex) {
                problem.setText(m.format("form.invalid", ex.getMessage()));
                e.consume();
            }
        });
        d.setResultConverter(b -> b == ButtonType.OK ? result[0] : null);
        javafx.application.Platform.runLater(form.value::requestFocus);
        return d.showAndWait();
    }
}
