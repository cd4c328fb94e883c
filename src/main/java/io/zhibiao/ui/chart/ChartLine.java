package io.zhibiao.ui.chart;

import io.zhibiao.core.model.ValueKind;
import io.zhibiao.core.store.SeriesQueries.SeriesPoint;

import java.util.List;

/** One line of the chart: a region's actuals, its targets or its stretch targets, by year. */
public record ChartLine(String regionCode, String name, ValueKind kind, boolean stretch, List<SeriesPoint> points) {
}
