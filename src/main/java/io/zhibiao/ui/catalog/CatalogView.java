package io.zhibiao.ui.catalog;

import io.zhibiao.core.catalog.CatalogOrigin;
import io.zhibiao.ui.AppContext;
import io.zhibiao.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/**
 * The Catalog window's content: a search box, the indicators (code, Chinese and English names, aliases,
 * measures, where each comes from), buttons to add, edit, retire or bring back one, and after a change the
 * offer to re-extract the stored reports, with its progress and a cancel button.
 */
public final class CatalogView extends BorderPane {
    private final CatalogViewModel model;
    private final Messages m;
    private final TableView<CatalogViewModel.Row> table = new TableView<>();

    public CatalogView(AppContext context) {
        this.model = new CatalogViewModel(context);
        this.m = context.messages();
        TextField search = new TextField();
        search.setId("catalog-search");
        search.setPromptText(m.get("catalog.search"));
        search.textProperty().bindBidirectional(model.search());
        HBox.setHgrow(search, Priority.ALWAYS);

        table.setId("catalog-table");
        table.setItems(model.shown());
        table.getColumns().add(column("catalog.column.code", r -> r.entry().code(), 130));
        table.getColumns().add(column("catalog.column.nameZh", r -> r.entry().nameZh(), 170));
        table.getColumns().add(column("catalog.column.nameEn", r -> r.entry().nameEn(), 200));
        table.getColumns().add(column("catalog.column.aliases", CatalogViewModel.Row::aliases, 240));
        table.getColumns().add(column("catalog.column.measures", r -> String.join(" ",
                r.entry().measures().stream().map(x -> m.get("measure." + x.id())).toList()), 110));
        table.getColumns().add(column("catalog.column.origin", r -> m.get("catalog.origin." + r.origin().id()), 90));

        Button add = button("catalog-add", "catalog.add", () -> CatalogEntryDialog.show(getScene().getWindow(), m, null)
                .ifPresent(model::add));
        Button edit = button("catalog-edit", "catalog.edit", () -> CatalogEntryDialog.show(getScene().getWindow(), m,
                selected().entry()).ifPresent(model::edit));
        Button retire = button("catalog-retire", "catalog.retire", () -> {
            CatalogViewModel.Row row = selected();
            if (row.origin() == CatalogOrigin.RETIRED) {
                model.restore(row.entry());
            } else {
                model.retire(row.entry().code());
            }
        });
        var none = table.getSelectionModel().selectedItemProperty().isNull();
        edit.disableProperty().bind(none.or(Bindings.createBooleanBinding(() -> selected() != null
                && selected().origin() == CatalogOrigin.RETIRED, table.getSelectionModel().selectedItemProperty())));
        retire.disableProperty().bind(none);
        retire.textProperty().bind(Bindings.createStringBinding(() -> m.get(selected() != null
                && selected().origin() == CatalogOrigin.RETIRED ? "catalog.restore" : "catalog.retire"),
                table.getSelectionModel().selectedItemProperty()));

        Label message = new Label();
        message.setId("catalog-message");
        message.setWrapText(true);
        message.textProperty().bind(model.message());
        Button reextract = button("catalog-reextract", "catalog.reextract", model::reextract);
        reextract.visibleProperty().bind(model.changed().and(model.running().not()));
        reextract.managedProperty().bind(reextract.visibleProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("catalog-progress");
        Button cancel = button("catalog-cancel", "catalog.reextract.cancel", model::cancelReextract);
        for (var n : new javafx.scene.Node[]{progress, cancel}) {
            n.visibleProperty().bind(model.running());
            n.managedProperty().bind(model.running());
        }
        model.running().addListener((o, a, b) -> {
            progress.progressProperty().unbind();
            if (b && model.task() != null) {
                progress.progressProperty().bind(model.task().progressProperty());
            }
        });

        HBox top = new HBox(8, search, add, edit, retire);
        HBox bottom = new HBox(8, message, reextract, progress, cancel);
        HBox.setHgrow(message, Priority.ALWAYS);
        setTop(top);
        setCenter(table);
        setBottom(new VBox(bottom));
        setPadding(new Insets(8));
        BorderPane.setMargin(table, new Insets(8, 0, 8, 0));
    }

    public CatalogViewModel model() {
        return model;
    }

    public TableView<CatalogViewModel.Row> table() {
        return table;
    }

    private CatalogViewModel.Row selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private TableColumn<CatalogViewModel.Row, String> column(String key, Function<CatalogViewModel.Row, String> text,
                                                             double width) {
        TableColumn<CatalogViewModel.Row, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(text.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(m.get(key));
        // a long message beside it takes the room, the button keeps its label
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
