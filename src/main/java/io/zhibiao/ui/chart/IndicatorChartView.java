package io.zhibiao.ui.chart;

import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.ValueKind;
import io.zhibiao.core.store.SeriesQueries.SeriesPoint;
import io.zhibiao.ui.AppContext;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

import java.util.Collection;
import java.util.Comparator;
import java.util.IntSummaryStatistics;

/**
 * An indicator over the years: per region a solid line of actuals, a dashed line of targets and a dotted
 * line of stretch targets (力争), so a target and what was achieved can be read against each other.
 */
public final class IndicatorChartView extends StackPane {
    static final String TARGET_STYLE = "-fx-stroke-dash-array: 10 6;";
    static final String STRETCH_STYLE = "-fx-stroke-dash-array: 2 6;";

    private final IndicatorChartViewModel model;
    private final NumberAxis years = new NumberAxis();
    private final NumberAxis values = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(years, values);
    private final Label status = new Label();

    public IndicatorChartView(AppContext context) {
        this.model = new IndicatorChartViewModel(context);
        getStyleClass().add("indicator-chart");
        years.setLabel(model.texts().text("chart.axis.year"));
        years.setAutoRanging(false);
        years.setMinorTickVisible(false);
        years.setTickUnit(1);
        years.setTickLabelFormatter(new WholeYears());
        values.setLabel(model.texts().text("chart.axis.value"));
        values.setForceZeroInRange(false);
        chart.setAnimated(false);
        chart.titleProperty().bind(model.titleProperty());
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.setMouseTransparent(true);
        getChildren().addAll(chart, status);
        model.lines().addListener((ListChangeListener<ChartLine>) c -> redraw());
    }

    /** Loads and draws indicator {@code code} as {@code measure} for the regions (legend in this order). */
    public void show(String code, Measure measure, Collection<String> regionCodes) {
        model.show(code, measure, regionCodes);
    }

    private void redraw() {
        chart.getData().clear();
        IntSummaryStatistics range = new IntSummaryStatistics();
        for (ChartLine line : model.lines()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(line.name());
            line.points().stream().sorted(Comparator.comparingInt(SeriesPoint::year)).forEach(p -> {
                series.getData().add(new XYChart.Data<>(p.year(), p.value()));
                range.accept(p.year());
            });
            chart.getData().add(series);
            styleLine(series, line);
        }
        if (range.getCount() > 0) {
            // A year of margin keeps the end points off the axis edges; whole bounds keep the ticks on years.
            years.setLowerBound(range.getMin() - 1);
            years.setUpperBound(range.getMax() + 1);
        }
    }

    private static void styleLine(XYChart.Series<Number, Number> series, ChartLine line) {
        if (series.getNode() == null || line.kind() == ValueKind.ACTUAL) {
            return;
        }
        series.getNode().getStyleClass().add(line.stretch() ? "chart-stretch-line" : "chart-target-line");
        series.getNode().setStyle(line.stretch() ? STRETCH_STYLE : TARGET_STYLE);
    }

    public IndicatorChartViewModel model() {
        return model;
    }

    public LineChart<Number, Number> chart() {
        return chart;
    }

    public Label statusLabel() {
        return status;
    }

    /** Years as written (2023), never 2,023 or 2023.5. */
    private static final class WholeYears extends StringConverter<Number> {
        @Override
        public String toString(Number n) {
            return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
        }

        @Override
        public Number fromString(String s) {
            return Integer.valueOf(s.strip());
        }
    }
}
