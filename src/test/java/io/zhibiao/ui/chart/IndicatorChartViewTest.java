package io.zhibiao.ui.chart;

import io.zhibiao.core.model.Measure;
import io.zhibiao.ui.search.UiFixture;
import javafx.scene.chart.XYChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An indicator drawn over the years for the sample regions 咸宁 (421200) and 洪湖 (421083). */
class IndicatorChartViewTest {
    @TempDir
    Path tmp;
    private final FxRobot robot = new FxRobot();
    private UiFixture fixture;
    private IndicatorChartView view;

    @BeforeEach
    void start() throws Exception {
        fixture = new UiFixture(tmp);
        view = fixture.show(IndicatorChartView::new);
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    private void show(String code, Measure measure, List<String> regions) throws Exception {
        robot.interact(() -> view.show(code, measure, regions));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.model().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anIndicatorOfTheAnalystsCatalogIsNamedInTheTitle() throws Exception {
        io.zhibiao.core.catalog.StoreCatalog.of(fixture.context().store()).add(new io.zhibiao.core.extract.catalog.CatalogEntry(
                "MED_INS", "医保参保率", "Medical insurance coverage", List.of("基本医疗保险参保率"), "social",
                java.util.Set.of(Measure.RATE), java.util.Set.of()));

        show("MED_INS", Measure.RATE, List.of("421200"));

        assertTrue(view.chart().getTitle().startsWith("Medical insurance coverage"), view.chart().getTitle());
    }

    @Test
    void investmentShowsXianningsActualAgainstItsDashedTargets() throws Exception {
        show("FAI", Measure.GROWTH, List.of("421200"));

        List<XYChart.Series<Number, Number>> data = view.chart().getData();
        assertEquals(List.of("咸宁市 actual", "咸宁市 target"), data.stream().map(XYChart.Series::getName).toList());
        assertEquals(List.of("2022=16.0"), points(data.get(0)));
        assertEquals(List.of("2023=13.0", "2024=8.0"), points(data.get(1)));
        assertTrue(data.get(1).getNode().getStyle().contains("dash"));
        assertFalse(data.get(0).getNode().getStyle().contains("dash"));
        assertTrue(view.chart().getTitle().startsWith("Fixed"), view.chart().getTitle());
        assertFalse(view.statusLabel().isVisible());
    }

    @Test
    void gdpOfTwoRegionsKeepsHonghusStretchTargetOnItsOwnDottedLine() throws Exception {
        show("GDP", Measure.GROWTH, List.of("421200", "421083"));

        List<XYChart.Series<Number, Number>> data = view.chart().getData();
        assertEquals(List.of("咸宁市 target", "洪湖市 target", "洪湖市 stretch target"),
                data.stream().map(XYChart.Series::getName).toList());
        assertEquals(List.of("2023=7.5", "2024=6.0"), points(data.get(0)));
        assertEquals(List.of("2024=8.0"), points(data.get(1)));
        assertEquals(List.of("2024=9.0"), points(data.get(2)));
        assertEquals(IndicatorChartView.STRETCH_STYLE, data.get(2).getNode().getStyle());

        XYChart.Data<Number, Number> first = data.get(0).getData().get(0);
        var axis = (javafx.scene.chart.NumberAxis) view.chart().getXAxis();
        assertEquals("2023", axis.getTickLabelFormatter().toString(first.getXValue()));
        assertEquals(2022, axis.getLowerBound());
        assertEquals(2025, axis.getUpperBound());
    }

    @Test
    void aRegionWithoutValuesSaysSo() throws Exception {
        show("GDP", Measure.GROWTH, List.of("110000"));

        assertTrue(view.chart().getData().isEmpty());
        assertTrue(view.statusLabel().isVisible());
        assertEquals("No values of this indicator in the chosen regions", view.statusLabel().getText());
    }

    private static List<String> points(XYChart.Series<Number, Number> series) {
        return series.getData().stream().map(d -> d.getXValue() + "=" + d.getYValue()).toList();
    }
}
