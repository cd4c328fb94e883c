package io.zhibiao.ui.review;

import io.zhibiao.core.review.MergeableField;
import io.zhibiao.ui.common.Messages;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Shows a refused change field by field ({@link MergeViewModel}): mine and theirs side by side, the fields that
 * differ marked, a choice for each. "Write merged" hands the fields picked as mine to {@code onWrite}; "Keep
 * theirs" writes nothing.
 */
public final class MergeDialog {
    private MergeDialog() {
    }

    public static Dialog<Set<MergeableField>> show(Window owner, Messages m, MergeViewModel vm,
                                               Consumer<Set<MergeableField>> onWrite) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.addRow(0, header(m.get("merge.field")), header(m.get("merge.mine")), header(m.get("merge.theirs")));
        int line = 1;
        for (MergeViewModel.Row r : vm.rows()) {
            Label name = new Label(r.name());
            if (r.differs()) {
                name.getStyleClass().add("merge-differs");
                grid.addRow(line++, name, choice(r, true), choice(r, false));
            } else {
                grid.addRow(line++, name, new Label(r.mine()), new Label(r.theirs()));
            }
        }
        Label heading = new Label(vm.heading());
        heading.setWrapText(true);
        heading.setMaxWidth(640);
        ScrollPane fields = new ScrollPane(grid);
        fields.setFitToWidth(true);
        fields.setPrefViewportHeight(Math.min(420, 32 * line));
        Dialog<Set<MergeableField>> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(vm.title());
        d.getDialogPane().setContent(new VBox(12, heading, fields));
        d.getDialogPane().setPrefWidth(700);
        ButtonType write = new ButtonType(m.get("merge.write"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(m.get("merge.keepTheirs"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(write, keep);
        d.getDialogPane().lookupButton(write).setId("merge-write");
        d.getDialogPane().lookupButton(keep).setId("merge-keep-theirs");
        d.setResultConverter(b -> b == write ? vm.takeMine() : null);
        d.setOnHidden(e -> {
            if (d.getResult() != null) {
                onWrite.accept(d.getResult());
            }
        });
        d.show();
        return d;
    }

    private static Node header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("merge-header");
        return l;
    }

    /** The radio button of one side of a differing field; the row's choice keeps the two sides exclusive. */
    private static RadioButton choice(MergeViewModel.Row r, boolean mine) {
        RadioButton b = new RadioButton(mine ? r.mine() : r.theirs());
        b.setId("merge-" + (mine ? "mine-" : "theirs-") + r.field().name().toLowerCase(Locale.ROOT));
        b.setWrapText(true);
        b.setMaxWidth(280);
        b.setSelected(r.takeMine().get() == mine);
        b.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                r.takeMine().set(mine);
            }
        });
        r.takeMine().addListener((obs, was, now) -> b.setSelected(now == mine));
        return b;
    }
}
