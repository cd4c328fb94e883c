package io.zhibiao.ui.chart;

import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Region;
import io.zhibiao.core.model.ValueKind;
import io.zhibiao.core.store.SeriesQueries;
import io.zhibiao.core.store.SeriesQueries.SeriesPoint;
import io.zhibiao.ui.AppContext;
import io.zhibiao.ui.common.Tasks;
import io.zhibiao.ui.search.SearchTexts;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * State of the indicator chart: its title, its lines (per region: actuals, targets, stretch targets) and
 * a status line when there is nothing to draw. Values load in the background; the latest show() wins.
 */
public final class IndicatorChartViewModel {
    private final AppContext context;
    private final SearchTexts texts;
    private final SeriesQueries queries;
    private final SimpleStringProperty title = new SimpleStringProperty("");
    private final SimpleStringProperty status = new SimpleStringProperty("");
    private final SimpleBooleanProperty loading = new SimpleBooleanProperty(false);
    private final ObservableList<ChartLine> lines = FXCollections.observableArrayList();
    private long generation;

    public IndicatorChartViewModel(AppContext context) {
        this.context = context;
        this.texts = new SearchTexts(context.messages().locale());
        this.queries = new SeriesQueries(context.store());
    }

    /** Loads the values of indicator {@code code} stated as {@code measure} for the regions, in their order. */
    public void show(String code, Measure measure, Collection<String> regionCodes) {
        List<String> regions = List.copyOf(regionCodes);
        long mine = ++generation;
        loading.set(true);
        status.set(texts.text("chart.loading"));
        title.set(titleFor(code, measure));
        Tasks.run(context.tasks(), () -> linesOf(queries.series(code, measure, regions), regions), found -> {
            if (mine == generation) {
                lines.setAll(found);
                status.set(found.isEmpty() ? texts.text("chart.empty") : "");
                loading.set(false);
            }
        }, failure -> {
            if (mine == generation) {
                lines.clear();
                status.set(texts.formatted("chart.failed", Tasks.message(failure)));
                loading.set(false);
            }
        });
    }

    private List<ChartLine> linesOf(List<SeriesPoint> points, List<String> regions) {
        List<ChartLine> result = new ArrayList<>();
        for (String region : regions) {
            String name = regionName(region);
            add(result, region, texts.formatted("chart.actual", name), ValueKind.ACTUAL, false, points);
            add(result, region, texts.formatted("chart.target", name), ValueKind.TARGET, false, points);
            add(result, region, texts.formatted("chart.stretch", name), ValueKind.TARGET, true, points);
        }
        return result;
    }

    private static void add(List<ChartLine> lines, String region, String name, ValueKind kind, boolean stretch,
                            List<SeriesPoint> points) {
        List<SeriesPoint> mine = points.stream()
                .filter(p -> p.regionCode().equals(region) && p.kind() == kind && p.stretch() == stretch)
                .toList();
        if (!mine.isEmpty()) {
            lines.add(new ChartLine(region, name, kind, stretch, mine));
        }
    }

    private String regionName(String code) {
        Region region = context.regions().get(code);
        return region != null ? region.name() : code;
    }

    private String titleFor(String code, Measure measure) {
        boolean chinese = texts.locale().getLanguage().equals(Locale.CHINESE.getLanguage());
        String name = context.catalog().byCode(code)
                .map(e -> chinese || e.nameEn() == null || e.nameEn().isBlank() ? e.nameZh() : e.nameEn())
                .orElse(code);
        return texts.formatted("chart.title", name, texts.text("chart.measure." + measure.id()));
    }

    public SearchTexts texts() {
        return texts;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ObservableList<ChartLine> lines() {
        return lines;
    }
}
