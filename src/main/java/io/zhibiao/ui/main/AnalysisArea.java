package io.zhibiao.ui.main;

import io.zhibiao.core.compare.AlignedTable;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.ui.AppContext;
import io.zhibiao.ui.chart.IndicatorChartView;
import io.zhibiao.ui.compare.CompareView;
import io.zhibiao.ui.compare.CompareViewModel;
import io.zhibiao.ui.search.SearchView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Below the panes: the compare table over the open panes, the chart of the selected indicator, the
 * target-versus-actual view and the search across all reports.
 */
public final class AnalysisArea extends TabPane {
    private final PaneArea panes;
    private final CompareViewModel compareModel;
    private final IndicatorChartView chart;
    private final SearchView search;
    private final Tab searchTab;
    private final Tab compareTab;

    public AnalysisArea(AppContext context, PaneArea panes) {
        this.panes = panes;
        var m = context.messages();
        compareModel = new CompareViewModel(context.regions());
        chart = new IndicatorChartView(context);
        CompareView compare = new CompareView(compareModel, m, this::chartRow);
        search = new SearchView(context, (doc, offset) ->
                panes.openAt(doc, offset, search().field().getText().strip().length()));
        compareTab = new Tab(m.get("analysis.compare"), compare);
        Tab chartTab = lazy(new Tab(m.get("analysis.chart")), chart);
        searchTab = lazy(new Tab(m.get("analysis.search")), search);
        Tab targets = new TargetActualTab(context, panes).tab();
        lazy(targets, targets.getContent());
        getTabs().addAll(compareTab, targets, chartTab, searchTab);
        getTabs().forEach(t -> t.setClosable(false));
        compareTab.setId("tab-compare");
        searchTab.setId("tab-search");
        panes.setOnContentChange(this::rebuildCompare);
    }

    /**
     * Puts the content into the scene only when its tab is first shown: styling and laying out the
     * chart and the other tabs would otherwise add to every start-up.
     */
    private static Tab lazy(Tab tab, javafx.scene.Node content) {
        tab.setContent(null);
        tab.selectedProperty().addListener((o, was, now) -> {
            if (now && tab.getContent() == null) {
                tab.setContent(content);
            }
        });
        return tab;
    }

    public void rebuildCompare() {
        compareModel.rebuild(panes.panes());
    }

    private void chartRow(AlignedTable.Row row) {
        chart.show(row.key().code(), row.key().measure(), compareModel.regionCodes());
    }

    /** The chart follows the indicator selected in any pane, over the regions open. */
    public void chartIndicator(StoredIndicator i) {
        if (i != null && i.value().code() != null && i.value().measure() != null) {
            rebuildCompare();
            chart.show(i.value().code(), i.value().measure(), compareModel.regionCodes());
        }
    }

    public void focusSearch() {
        getSelectionModel().select(searchTab);
        search.field().requestFocus();
    }

    public void showCompare() {
        getSelectionModel().select(compareTab);
    }

    public SearchView search() {
        return search;
    }

    public CompareViewModel compare() {
        return compareModel;
    }

    public IndicatorChartView chart() {
        return chart;
    }
}
