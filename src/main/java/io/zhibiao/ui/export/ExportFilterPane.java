package io.zhibiao.ui.export;

import io.zhibiao.core.export.ExportFilter;
import io.zhibiao.ui.common.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The export dialog's filter, as the command line's options: regions, report years, catalog indicators
 * only, verified only, and reports left out (the sample reports a click away). A list with nothing checked
 * means no restriction. It opens with the last export's choices, as far as the store still offers them.
 */
final class ExportFilterPane extends VBox {
    private final CheckComboBox<String> regions = new CheckComboBox<>();
    private final CheckComboBox<Integer> years = new CheckComboBox<>();
    private final CheckBox catalogOnly;
    private final CheckBox verifiedOnly;
    private final CheckComboBox<Long> excluded = new CheckComboBox<>();

    ExportFilterPane(Messages m, ExportOffer offer) {
        super(8);
        regions.setId("export-regions");
        regions.getItems().setAll(offer.regions().keySet());
        regions.setConverter(labels(offer.regions()));
        years.setId("export-years");
        years.getItems().setAll(offer.reportYears());
        catalogOnly = new CheckBox(m.get("export.catalogOnly"));
        catalogOnly.setId("export-catalog-only");
        verifiedOnly = new CheckBox(m.get("export.verifiedOnly"));
        verifiedOnly.setId("export-verified-only");
        excluded.setId("export-excluded");
        excluded.getItems().setAll(offer.documents().keySet());
        excluded.setConverter(labels(offer.documents()));
        excluded.setMaxWidth(420);
        Button samples = new Button(m.get("export.excludeSamples"));
        samples.setId("export-exclude-samples");
        samples.setDisable(offer.samples().isEmpty());
        samples.setOnAction(e -> offer.samples().forEach(id -> excluded.getCheckModel().check(id)));
        // without a title a list shows what is checked; each label says that none checked means all
        getChildren().addAll(new Label(m.get("export.regions")), regions, new Label(m.get("export.years")), years,
                catalogOnly, verifiedOnly, new Label(m.get("export.excluded")), new HBox(8, excluded, samples));
        if (offer.last() != null) {
            show(offer.last().filter());
        }
    }

    private void show(ExportFilter f) {
        f.regions().stream().filter(regions.getItems()::contains).forEach(r -> regions.getCheckModel().check(r));
        f.years().stream().filter(years.getItems()::contains).forEach(y -> years.getCheckModel().check(y));
        catalogOnly.setSelected(f.catalogOnly());
        verifiedOnly.setSelected(f.verifiedOnly());
        // a report deleted since is no longer offered, and so no longer left out
        f.excludedDocuments().stream().filter(excluded.getItems()::contains)
                .forEach(id -> excluded.getCheckModel().check(id));
    }

    ExportFilter filter() {
        return new ExportFilter(Set.copyOf(regions.getCheckModel().getCheckedItems()),
                Set.copyOf(years.getCheckModel().getCheckedItems()),
                verifiedOnly.isSelected() ? ExportFilter.VERIFIED_ONLY : Set.of(), Set.of(), catalogOnly.isSelected(),
                new HashSet<>(excluded.getCheckModel().getCheckedItems()));
    }

    private static <T> StringConverter<T> labels(Map<T, String> labels) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : labels.getOrDefault(item, String.valueOf(item));
            }

            @Override
            public T fromString(String text) {
                return labels.entrySet().stream().filter(e -> e.getValue().equals(text)).map(Map.Entry::getKey)
                        .findFirst().orElse(null);
            }
        };
    }
}
