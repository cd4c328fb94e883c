package io.zhibiao.core.export;

import io.zhibiao.core.compare.FigureChoice;
import io.zhibiao.core.export.PanelCandidates.Figure;
import io.zhibiao.core.export.PanelCandidates.Role;
import io.zhibiao.core.export.PanelHeadlines.Block;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Region;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Target and actual over the years, one line chart per region and indicator (the target dashed), beside the
 * table the charts read their values from. A chart per region shows what a briefing asks of a region (did it
 * meet its targets, did it lower them); a chart of many regions' targets and actuals would be lines no one
 * can tell apart. Growth and rate indicators only, in the Panel's order (GDP first); a region and indicator
 * is charted when it has a target and an actual in some year. At most {@value #MAX_CHARTS} charts, and the
 * table holds their values only (the Panel has them all), so the sheet stays small however large the export;
 * the About sheet says how many series were left without a chart.
 *
 * <p>The streaming workbook cannot draw charts; the charts are built on the sheet of the template workbook
 * that POI keeps beside the streamed rows, with their values cached in the chart so the file shows them
 * before any recalculation.
 */
final class ChartSheet {
    /** Set once the warm-up has started: once per process is enough. */
    private static final AtomicBoolean WARMING = new AtomicBoolean();
    /** Done when the warm-up has loaded the classes (or given up). */
    private static final CompletableFuture<Void> WARM = new CompletableFuture<>();

    static final int MAX_CHARTS = 24;
    static final List<String> HEADER_KEYS = List.of("col.indicator", "col.measure", "col.region", "col.regionCode",
            "col.year", "chart.target", "chart.actual");
    private static final int YEAR = HEADER_KEYS.indexOf("col.year");
    private static final int TARGET = HEADER_KEYS.indexOf("chart.target");
    private static final int ACTUAL = HEADER_KEYS.indexOf("chart.actual");
    private static final int CHART_WIDTH = 8;
    private static final int CHART_HEIGHT = 16;
    private static final int PER_ROW = 2;

    /** What the About sheet says: the series in the table and those drawn. */
    record Result(int rows, int series, int charts) {
    }

    /** One region's target and actual of one indicator, by year (either may be null in a year). */
    private record Series(Block block, String regionCode, TreeMap<Integer, Double[]> years) {
        boolean chartable() {
            boolean target = years.values().stream().anyMatch(v -> v[0] != null);
            boolean actual = years.values().stream().anyMatch(v -> v[1] != null);
            return target && actual;
        }
    }

    private ChartSheet() {
    }

    static Result write(ExportContext ctx, PanelCandidates candidates) {
        List<Series> all = series(candidates);
        List<Series> charted = all.stream().filter(Series::chartable).limit(MAX_CHARTS).toList();
        Labels l = ctx.labels();
        SheetWriter w = ctx.newSheet(ExportSheet.CHARTS, HEADER_KEYS, 0);
        List<int[]> ranges = new ArrayList<>(charted.size());
        for (Series s : charted) {
            Region region = ctx.scope().region(s.regionCode());
            int first = -1;
            int last = -1;
            for (Map.Entry<Integer, Double[]> y : s.years().entrySet()) {
                int row = w.row(List.of(ExportCell.text(ctx.indicatorName(s.block().code(), null)),
                        ExportCell.text(l.format("panel.measureUnit", l.measure(s.block().measure()), s.block().unit())),
                        ExportCell.text(region == null ? s.regionCode() : region.name()),
                        ExportCell.text(s.regionCode()), ExportCell.integer(y.getKey()),
                        ExportCell.number(y.getValue()[0], NumberFormats.GROWTH),
                        ExportCell.number(y.getValue()[1], NumberFormats.GROWTH)));
                first = first < 0 ? row : first;
                last = row;
            }
            ranges.add(new int[]{first, last});
        }
        w.finish();
        XSSFSheet sheet = ctx.workbook().getXSSFWorkbook().getSheet(w.sheet().getSheetName());
        for (int i = 0; i < charted.size(); i++) {
            draw(ctx, sheet.createDrawingPatriarch(), sheet.getSheetName(), charted.get(i), ranges.get(i), i);
        }
        PrintLayout.readable(w.sheet(), HEADER_KEYS.size() + 1 + PER_ROW * CHART_WIDTH, 0);
        return new Result(w.dataRows(), (int) all.stream().filter(Series::chartable).count(), charted.size());
    }

    /**
     * Loads POI's chart classes on a thread of its own while the export reads and writes the indicators: the
     * first chart of a process otherwise spends most of a second loading them, on the export's own time.
     */
    static CompletableFuture<Void> warmUp() {
        if (!WARMING.compareAndSet(false, true)) {
            return WARM;
        }
        Thread t = new Thread(() -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                XSSFSheet s = wb.createSheet();
                XSSFDrawing d = s.createDrawingPatriarch();
                XSSFChart c = d.createChart(d.createAnchor(0, 0, 0, 0, 0, 0, 1, 1));
                c.setTitleText("");
                c.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
                XDDFLineChartData data = (XDDFLineChartData) c.createData(ChartTypes.LINE,
                        c.createCategoryAxis(AxisPosition.BOTTOM), c.createValueAxis(AxisPosition.LEFT));
                XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(
                        XDDFDataSourcesFactory.fromArray(new Integer[]{0}, "A1:A1"),
                        XDDFDataSourcesFactory.fromArray(new Double[]{0.0}, "B1:B1"));
                series.setTitle("", null);
                series.setMarkerStyle(MarkerStyle.CIRCLE);
                XDDFLineProperties line = new XDDFLineProperties();
                line.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
                series.setLineProperties(line);
                c.plot(data);
            } catch (IOException | RuntimeException ignored) {
                // only a head start: the export builds its charts whatever happened here
            } finally {
                WARM.complete(null);
            }
        }, "zhibiao-chart-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return WARM;
    }

    /** Every region's target and actual series of the growth and rate blocks, in the Panel's order. */
    private static List<Series> series(PanelCandidates candidates) {
        TreeMap<Figure, FigureChoice> chosen = new TreeMap<>(Comparator
                .comparing(Figure::block, candidates.headlines().order()).thenComparing(Figure::regionCode)
                .thenComparingInt(Figure::year).thenComparing(Figure::role));
        candidates.figures().forEach((f, statements) -> {
            if (f.block().measure() != Measure.LEVEL) {
                FigureChoice c = FigureChoice.of(statements);
                if (c != null) {
                    chosen.put(f, c);
                }
            }
        });
        List<Series> out = new ArrayList<>();
        Series current = null;
        for (Map.Entry<Figure, FigureChoice> e : chosen.entrySet()) {
            Figure f = e.getKey();
            if (current == null || !current.block().equals(f.block()) || !current.regionCode().equals(f.regionCode())) {
                current = new Series(f.block(), f.regionCode(), new TreeMap<>());
                out.add(current);
            }
            Double[] v = current.years().computeIfAbsent(f.year(), y -> new Double[2]);
            Double value = TargetTable.value(e.getValue().chosen());
            if (f.role() == Role.ACTUAL) {
                v[1] = value;
            } else if (f.role() == Role.TARGET || v[0] == null) {
                v[0] = value; // the stated target; the stretch target only where no other is stated
            }
        }
        return out;
    }

    private static void draw(ExportContext ctx, XSSFDrawing drawing, String sheetName, Series s, int[] rows, int n) {
        Labels l = ctx.labels();
        int col = HEADER_KEYS.size() + 1 + (n % PER_ROW) * CHART_WIDTH;
        int row = 1 + (n / PER_ROW) * CHART_HEIGHT;
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col, row, col + CHART_WIDTH, row + CHART_HEIGHT);
        XSSFChart chart = drawing.createChart(anchor);
        Region region = ctx.scope().region(s.regionCode());
        chart.setTitleText(l.format("chart.title", region == null ? s.regionCode() : region.name(),
                ctx.indicatorName(s.block().code(), null), l.measure(s.block().measure())));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis years = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, years, values);
        int size = s.years().size();
        Integer[] yearValues = s.years().keySet().toArray(Integer[]::new);
        Double[] targets = new Double[size];
        Double[] actuals = new Double[size];
        int i = 0;
        for (Double[] v : s.years().values()) {
            targets[i] = v[0];
            actuals[i++] = v[1];
        }
        XDDFNumericalDataSource<Integer> categories = XDDFDataSourcesFactory.fromArray(yearValues,
                range(sheetName, rows, YEAR));
        XDDFLineChartData.Series target = (XDDFLineChartData.Series) data.addSeries(categories,
                XDDFDataSourcesFactory.fromArray(targets, range(sheetName, rows, TARGET)));
        target.setTitle(l.get("chart.target"), null);
        target.setMarkerStyle(MarkerStyle.DIAMOND);
        target.setSmooth(false);
        XDDFLineProperties dashed = new XDDFLineProperties();
        dashed.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
        target.setLineProperties(dashed);
        XDDFLineChartData.Series actual = (XDDFLineChartData.Series) data.addSeries(categories,
                XDDFDataSourcesFactory.fromArray(actuals, range(sheetName, rows, ACTUAL)));
        actual.setTitle(l.get("chart.actual"), null);
        actual.setMarkerStyle(MarkerStyle.CIRCLE);
        actual.setSmooth(false);
        chart.plot(data);
    }

    private static String range(String sheetName, int[] rows, int column) {
        return new CellRangeAddress(rows[0], rows[1], column, column).formatAsString(sheetName, true);
    }
}
