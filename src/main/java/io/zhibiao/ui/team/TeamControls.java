package io.zhibiao.ui.team;

import io.zhibiao.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** The controls the team windows share: text columns, buttons acting on a table's selected row, a number asked for. */
final class TeamControls {
    private TeamControls() {
    }

    static <T> TableColumn<T, String> column(Messages m, String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** A button that acts on the row selected in {@code table}, disabled while none is. */
    static <T> Button button(Messages m, String key, String id, TableView<T> table, Consumer<T> action) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.disableProperty().bind(Bindings.isNull(table.getSelectionModel().selectedItemProperty()));
        b.setOnAction(e -> action.accept(table.getSelectionModel().getSelectedItem()));
        return b;
    }

    /** Asks for a number; text that is not one is said in an error dialog and gives nothing. */
    static Optional<Double> askNumber(Window owner, Messages m, String title, String prompt, String initial, String id) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(prompt);
        d.getDialogPane().setId(id);
        Optional<String> text = d.showAndWait();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.valueOf(text.get().strip()));
        } catch (NumberFormatException e) {
            Alert a = new Alert(Alert.AlertType.ERROR, m.format("team.second.notANumber", text.get()));
            a.initOwner(owner);
            a.setHeaderText(null);
            a.show();
            return Optional.empty();
        }
    }
}
