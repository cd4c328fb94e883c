package io.zhibiao.ui.document;

import io.zhibiao.core.model.Region;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.ui.common.Messages;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

import java.util.Map;

/**
 * The region and year pickers at the top of a pane, and its document picker (placed by the pane, on the
 * line below); they follow the document shown. Widths are in em (zhibiao.css) so that four panes fit a
 * 1600-pixel window whatever the font size.
 */
final class PaneSelectors extends HBox {
    private final SearchableComboBox<String> region = new SearchableComboBox<>();
    private final SearchableComboBox<Integer> year = new SearchableComboBox<>();
    private final ComboBox<DocumentSummary> document = new ComboBox<>();
    private boolean syncing;

    PaneSelectors(DocumentPaneViewModel model, Messages m, Map<String, Region> regions) {
        super(6);
        getStyleClass().add("pane-selectors");
        io.zhibiao.ui.common.SearchPrompt.set(region, m);
        io.zhibiao.ui.common.SearchPrompt.set(year, m);
        region.setItems(model.regionChoices());
        region.setConverter(converter(code -> {
            Region r = code == null ? null : regions.get(code);
            return r != null ? r.qualifiedName() : m.get("region.unknown");
        }));
        region.setTooltip(new Tooltip(m.get("pane.region")));
        region.getStyleClass().add("pane-region");
        javafx.scene.layout.HBox.setHgrow(region, javafx.scene.layout.Priority.ALWAYS);
        year.setItems(model.yearChoices());
        year.setTooltip(new Tooltip(m.get("pane.year")));
        year.getStyleClass().add("pane-year");
        document.setItems(model.documentChoices());
        // several reports of one region and year: each by its kind and own title (the file name if none)
        document.setConverter(converter(d -> d == null ? "" : (d.effectiveKind() != null
                ? m.get("kind." + d.effectiveKind().id()) + " · " : "") + (d.title() != null ? d.title() : d.fileName())));
        document.setTooltip(new Tooltip(m.get("pane.document")));
        document.getStyleClass().add("pane-document");
        javafx.scene.layout.HBox.setHgrow(document, javafx.scene.layout.Priority.ALWAYS);
        // One document for the region and year is the common case: the picker only appears when there is a choice.
        document.visibleProperty().bind(javafx.beans.binding.Bindings.size(model.documentChoices()).greaterThan(1));
        document.managedProperty().bind(document.visibleProperty());

        model.regionProperty().addListener((o, a, v) -> sync(() -> region.setValue(v)));
        model.yearProperty().addListener((o, a, v) -> sync(() -> year.setValue(v)));
        model.documentProperty().addListener((o, a, v) -> sync(() -> document.setValue(v)));
        // A combo box drops its value when its items are replaced (a report imported, a region corrected):
        // the pane still shows the same report, so its pickers must say so again.
        keepValue(region, model.regionChoices(), model.regionProperty());
        keepValue(year, model.yearChoices(), model.yearProperty());
        keepValue(document, model.documentChoices(), model.documentProperty());
        region.valueProperty().addListener((o, a, v) -> {
            if (!syncing) {
                model.selectRegion(v);
            }
        });
        year.valueProperty().addListener((o, a, v) -> {
            if (!syncing) {
                model.selectYear(v);
            }
        });
        document.valueProperty().addListener((o, a, v) -> {
            if (!syncing) {
                model.selectDocument(v);
            }
        });
        getChildren().addAll(region, year);
    }

    private <T> void keepValue(ComboBox<T> box, javafx.collections.ObservableList<T> items,
                               javafx.beans.value.ObservableValue<T> shown) {
        // After the change has reached every list that follows these items (a searchable combo box filters a
        // copy of them): setting the value while they are told would find them in between.
        items.addListener((javafx.collections.ListChangeListener<T>) c -> javafx.application.Platform.runLater(() -> {
            if (!java.util.Objects.equals(box.getValue(), shown.getValue())) {
                sync(() -> box.setValue(shown.getValue()));
            }
        }));
    }

    private void sync(Runnable r) {
        syncing = true;
        try {
            r.run();
        } finally {
            syncing = false;
        }
    }

    SearchableComboBox<String> region() {
        return region;
    }

    ComboBox<Integer> year() {
        return year;
    }

    ComboBox<DocumentSummary> document() {
        return document;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
