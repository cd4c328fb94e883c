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
    private final Lazy<IndicatorChartView> chart;
    private final Lazy<SearchView> search;
    private final Tab searchTab;
    private final Tab compareTab;
    /** The indicator last asked for while the chart did not exist yet; drawn when it is first shown. */
    private java.util.function.Consumer<IndicatorChartView> pendingChart = view -> { };

    public AnalysisArea(AppContext context, PaneArea panes) {
        this.panes = panes;
        var m = context.messages();
        compareModel = new CompareViewModel(context.regions(), context::catalog);
        CompareView compare = new CompareView(compareModel, m, this::chartRow);
        compareTab = new Tab(m.get("analysis.compare"), compare);
        Tab chartTab = new Tab(m.get("analysis.chart"));
        chart = new Lazy<>(chartTab, () -> {
            IndicatorChartView view = new IndicatorChartView(context);
            pendingChart.accept(view);
            pendingChart = v -> { };
            return view;
        });
        searchTab = new Tab(m.get("analysis.search"));
        search = new Lazy<>(searchTab, () -> new SearchView(context, (doc, offset) ->
                panes.openAt(doc, offset, search().field().getText().strip().length())));
        Tab targets = new Tab(m.get("analysis.targets"));
        new Lazy<>(targets, () -> new TargetActualTab(context, panes, targets).content());
        getTabs().addAll(compareTab, targets, chartTab, searchTab);
        getTabs().forEach(t -> t.setClosable(false));
        compareTab.setId("tab-compare");
        searchTab.setId("tab-search");
        panes.setOnContentChange(this::rebuildCompare);
    }

    /**
     * A tab whose content is made when the tab is first shown (or first asked for): the chart, the
     * search and the target-versus-actual view would otherwise be built, styled and laid out at every
     * start-up, though the compare table is what the window opens on.
     */
    private static final class Lazy<T extends javafx.scene.Node> {
        private final Tab tab;
        private final java.util.function.Supplier<T> make;
        private T content;

        Lazy(Tab tab, java.util.function.Supplier<T> make) {
            this.tab = tab;
            this.make = make;
            tab.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    get();
                }
            });
        }

        T get() {
            if (content == null) {
                content = make.get();
                tab.setContent(content);
            }
            return content;
        }

        boolean exists() {
            return content != null;
        }
    }

    public void rebuildCompare() {
        compareModel.rebuild(panes.panes());
    }

    private void chartRow(AlignedTable.Row row) {
        pendingChart = view -> { };
        chart.get().show(row.key().code(), row.key().measure(), compareModel.regionCodes());
    }

    /** The chart follows the indicator selected in any pane, over the regions open. */
    public void chartIndicator(StoredIndicator i) {
        if (i != null && i.value().code() != null && i.value().measure() != null) {
            rebuildCompare();
            java.util.function.Consumer<IndicatorChartView> draw =
                    view -> view.show(i.value().code(), i.value().measure(), compareModel.regionCodes());
            if (chart.exists()) {
                draw.accept(chart.get());
            } else {
                pendingChart = draw;
            }
        }
    }

    public void focusSearch() {
        getSelectionModel().select(searchTab);
        search().field().requestFocus();
    }

    public void showCompare() {
        getSelectionModel().select(compareTab);
    }

    public SearchView search() {
        return search.get();
    }

    public CompareViewModel compare() {
        return compareModel;
    }

    public IndicatorChartView chart() {
        return chart.get();
    }
}
