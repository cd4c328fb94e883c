package io.zhibiao.ui.compare;

import io.zhibiao.core.compare.AlignedTable;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Region;
import io.zhibiao.core.pipeline.BundledData;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.ui.document.DocumentPaneView;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The compare table over the open panes: rows aligned by catalog indicator × measure × kind, one
 * column per pane. Rebuilt from what the panes already hold, so it needs no query of its own.
 */
public final class CompareViewModel {
    private final Map<String, Region> regions;
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<AlignedTable.Row> rows = FXCollections.observableArrayList();
    private final List<String> columnRegions = new ArrayList<>();

    private final java.util.function.Supplier<io.zhibiao.core.extract.catalog.IndicatorCatalog> catalog;

    /** With the bundled catalog's names. */
    public CompareViewModel(Map<String, Region> regions) {
        this(regions, BundledData::catalog);
    }

    /** With the names of the catalog {@code catalog} gives at each refresh (the store's, with the analyst's layer). */
    public CompareViewModel(Map<String, Region> regions,
                            java.util.function.Supplier<io.zhibiao.core.extract.catalog.IndicatorCatalog> catalog) {
        this.catalog = catalog;
        this.regions = regions;
    }

    public void rebuild(List<DocumentPaneView> panes) {
        List<AlignedTable.Column> cols = new ArrayList<>();
        columnRegions.clear();
        for (DocumentPaneView p : panes) {
            var doc = p.model().documentProperty().get();
            if (doc == null) {
                continue;
            }
            Region r = doc.effectiveRegionCode() == null ? null : regions.get(doc.effectiveRegionCode());
            String label = (r != null ? r.name() : "?") + " " + (doc.effectiveYear() != null ? doc.effectiveYear() : "?");
            List<IndicatorValue> values = p.model().indicators().stream()
                    .filter(i -> i.status() != ReviewStatus.REJECTED).map(StoredIndicator::value).toList();
            cols.add(new AlignedTable.Column(label, values));
            columnRegions.add(doc.effectiveRegionCode());
        }
        List<String> labels = cols.stream().map(AlignedTable.Column::label).toList();
        if (!labels.equals(columns)) {
            columns.setAll(labels);
        }
        rows.setAll(AlignedTable.build(cols, catalog.get()));
    }

    public ObservableList<String> columns() {
        return columns;
    }

    public ObservableList<AlignedTable.Row> rows() {
        return rows;
    }

    /** The distinct regions of the open panes, for the chart of a selected row. */
    public List<String> regionCodes() {
        return columnRegions.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
