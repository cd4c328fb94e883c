package io.zhibiao.ui.compare;

import io.zhibiao.core.compare.AlignedTable;
import io.zhibiao.core.model.Basis;
import io.zhibiao.core.model.Scope;
import io.zhibiao.ui.common.Messages;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The compare table: one row per indicator, one column per open pane; rows that differ are marked. */
public final class CompareView extends TableView<AlignedTable.Row> {
    private final Messages m;

    public CompareView(CompareViewModel model, Messages m, Consumer<AlignedTable.Row> rowSelected) {
        this.m = m;
        getStyleClass().add("compare-table");
        setItems(model.rows());
        setPlaceholder(new Label(m.get("compare.empty")));
        model.columns().addListener((ListChangeListener<String>) c -> columns(model));
        columns(model);
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AlignedTable.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("differs");
                if (!empty && row != null && row.differs()) {
                    getStyleClass().add("differs");
                }
            }
        });
        getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                rowSelected.accept(row);
            }
        });
    }

    private void columns(CompareViewModel model) {
        getColumns().clear();
        TableColumn<AlignedTable.Row, String> name = new TableColumn<>(m.get("table.name"));
        name.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().key().regionYear()
                ? cd.getValue().name()
                : cd.getValue().name() + " (" + referenceLabel(cd.getValue().key(), m) + ")"));
        name.setPrefWidth(170);
        TableColumn<AlignedTable.Row, String> measure = new TableColumn<>(m.get("table.measure"));
        measure.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(m.get("measure." + cd.getValue().key().measure().id())));
        TableColumn<AlignedTable.Row, String> kind = new TableColumn<>(m.get("table.kind"));
        kind.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(m.get("valuekind." + cd.getValue().key().kind().id())));
        // widths set, not left at JavaFX's default: a default-width column measures its first rows to fit,
        // and the columns are rebuilt whenever a pane opens or closes
        measure.setPrefWidth(84);
        kind.setPrefWidth(72);
        getColumns().add(name);
        getColumns().add(measure);
        getColumns().add(kind);
        for (int i = 0; i < model.columns().size(); i++) {
            int index = i;
            TableColumn<AlignedTable.Row, String> c = new TableColumn<>(model.columns().get(i));
            c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().cells().get(index)));
            c.setPrefWidth(130);
            getColumns().add(c);
        }
    }

    /** "年均", "人均", "局部": what a row that is not the region's own figure of a year refers to. */
    private static String referenceLabel(AlignedTable.Key key, Messages m) {
        List<String> parts = new ArrayList<>();
        if (key.basis() != Basis.ANNUAL) {
            parts.add(m.get("reference." + key.basis().id()));
        }
        if (key.scope() != Scope.REGION) {
            parts.add(m.get("reference." + key.scope().id()));
        }
        return String.join(", ", parts);
    }
}
