package io.zhibiao.ui.document;

import io.zhibiao.core.model.ValueKind;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.Tag;
import io.zhibiao.ui.common.Messages;
import io.zhibiao.ui.review.Converters;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.FlowPane;
import org.controlsfx.control.CheckComboBox;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Above the indicator table: filter by status (several), target/actual, tag, and catalog indicators only.
 * The filters wrap onto a second line in a narrow pane rather than each being cut to a few letters.
 */
final class FilterBar extends FlowPane {
    FilterBar(DocumentPaneViewModel model, Messages m) {
        super(6, 4);
        getStyleClass().add("filter-bar");
        IndicatorFilter f = model.filter();
        CheckComboBox<ReviewStatus> statuses = new CheckComboBox<>();
        statuses.getItems().addAll(ReviewStatus.values());
        statuses.setConverter(Converters.of(s -> m.get("status." + s.id())));
        statuses.setTitle(m.get("filter.status"));
        statuses.setShowCheckedCount(true);
        statuses.getCheckModel().getCheckedItems().addListener((ListChangeListener<ReviewStatus>) c -> {
            f.statuses().retainAll(statuses.getCheckModel().getCheckedItems());
            f.statuses().addAll(statuses.getCheckModel().getCheckedItems());
        });

        ComboBox<ValueKind> kind = new ComboBox<>();
        kind.getItems().add(null);
        kind.getItems().addAll(ValueKind.values());
        kind.setConverter(Converters.of(k -> m.get("valuekind." + k.id())));
        kind.setPromptText(m.get("filter.kind"));
        kind.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ValueKind k, boolean empty) {
                super.updateItem(k, empty);
                setText(k == null ? m.get("filter.kind") : m.get("valuekind." + k.id()));
            }
        });
        f.kindProperty().bind(kind.valueProperty());
        // Fixed widths (zhibiao.css): a pane's combo boxes are not measured by their drop-down lists (see
        // LazyPopupComboBoxSkin), and a width that followed the choice would shift the bar at each pick.
        kind.getStyleClass().add("filter-kind");

        ComboBox<String> tag = new ComboBox<>();
        tag.setPromptText(m.get("filter.tag"));
        model.tagsProperty().addListener((o, a, tags) -> {
            TreeSet<String> names = new TreeSet<>();
            tags.values().forEach(list -> list.stream().map(Tag::name).forEach(names::add));
            String current = tag.getValue();
            List<String> items = new java.util.ArrayList<>();
            items.add(null);
            items.addAll(names);
            if (!Objects.equals(tag.getItems(), items)) {
                tag.getItems().setAll(items);
                tag.setValue(current);
            }
        });
        tag.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(s == null ? m.get("filter.tag") : s);
            }
        });
        f.tagProperty().bind(tag.valueProperty());
        tag.getStyleClass().add("filter-tag");

        CheckBox catalog = new CheckBox(m.get("filter.catalog"));
        f.catalogOnlyProperty().bind(catalog.selectedProperty());
        CheckBox doubtful = new CheckBox(m.get("filter.doubtfulFirst"));
        doubtful.getStyleClass().add("doubtful-first");
        f.doubtfulFirstProperty().bindBidirectional(doubtful.selectedProperty());
        getChildren().addAll(statuses, kind, tag, catalog, doubtful);
    }
}
