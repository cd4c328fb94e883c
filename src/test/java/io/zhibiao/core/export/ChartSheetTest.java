package io.zhibiao.core.export;

import io.zhibiao.core.store.Store;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumData;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumVal;
import org.openxmlformats.schemas.drawingml.x2006.main.STPresetLineDashVal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static io.zhibiao.core.export.ExportFixture.cell;
import static io.zhibiao.core.export.ExportFixture.column;
import static io.zhibiao.core.export.ExportFixture.onlyRow;
import static io.zhibiao.core.export.ExportFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Charts sheet and the print setups, read back from the workbook: the one region with a target and an
 * actual gets a chart whose series, categories and values are those of the table beside it; every table
 * prints landscape on A4 at a readable scale, and the wide sheets print their key columns.
 */
class ChartSheetTest {
    @TempDir
    static Path dir;
    static Store store;
    static XSSFWorkbook wb;

    @BeforeAll
    static void export() throws Exception {
        store = TargetStore.open(dir);
        Path out = dir.resolve("charts.xlsx");
        ExcelExporter.export(store, ExportRequest.allDocuments()
                        .withFilter(new ExportFilter(Set.copyOf(TargetStore.CITIES), Set.of(), Set.of(), Set.of())),
                out, ExportProgress.NONE, () -> false);
        wb = ExportFixture.read(out);
    }

    @AfterAll
    static void close() throws Exception {
        wb.close();
        store.close();
    }

    @Test
    void aRegionWithATargetAndAnActualGetsAChartOfBothOverTheYears() {
        XSSFSheet charts = wb.getSheet("图表");
        XSSFDrawing drawing = charts.getDrawingPatriarch();
        assertNotNull(drawing);
        List<XSSFChart> all = drawing.getCharts();
        assertEquals(1, all.size(), "only 南京 has both a GDP target and a GDP actual");
        XSSFChart chart = all.get(0);
        assertEquals("南京市 · 地区生产总值（增速）", chart.getTitleText().getString());
        List<XDDFChartData> data = chart.getChartSeries();
        assertEquals(1, data.size());
        XDDFLineChartData line = (XDDFLineChartData) data.get(0);
        assertEquals(2, line.getSeriesCount());
        XDDFLineChartData.Series target = (XDDFLineChartData.Series) line.getSeries(0);
        XDDFLineChartData.Series actual = (XDDFLineChartData.Series) line.getSeries(1);
        assertEquals("目标", target.getCTLineSer().getTx().getV());
        assertEquals("实际", actual.getCTLineSer().getTx().getV());
        assertEquals(STPresetLineDashVal.DASH, target.getCTLineSer().getSpPr().getLn().getPrstDash().getVal(),
                "targets dashed");
        assertEquals(Map.of(0L, "2023", 1L, "2024"), points(target.getCTLineSer().getCat().getNumRef().getNumCache()));
        assertEquals(Map.of(0L, 5.5, 1L, 5.0), values(target.getCTLineSer().getVal().getNumRef().getNumCache()));
        assertEquals(Map.of(0L, 4.6), values(actual.getCTLineSer().getVal().getNumRef().getNumCache()),
                "no actual of 2024 yet: a gap, not a zero");
        String ref = target.getValuesData().getDataRangeReference();
        assertTrue(ref.startsWith("图表!$F$") || ref.startsWith("'图表'!$F$"), ref);

        Sheet table = charts;
        assertEquals(5.5, cell(onlyRow(table, Map.of("区划代码", TargetStore.NANJING, "年份", "2023")), "目标")
                .getNumericCellValue(), 1e-9, "the table beside the chart holds its values");
        assertEquals(4.6, cell(onlyRow(table, Map.of("区划代码", TargetStore.NANJING, "年份", "2023")), "实际")
                .getNumericCellValue(), 1e-9);
        assertTrue(text(onlyRow(wb.getSheet("说明"), Map.of("项目", "图表")).getCell(1)).startsWith("共绘制1张图"));
    }

    /** The points a chart shows before any recalculation: its cache, by point index. */
    private static Map<Long, String> points(CTNumData cache) {
        Map<Long, String> out = new TreeMap<>();
        for (CTNumVal p : cache.getPtList()) {
            out.put(p.getIdx(), p.getV());
        }
        return out;
    }

    private static Map<Long, Double> values(CTNumData cache) {
        Map<Long, Double> out = new TreeMap<>();
        points(cache).forEach((i, v) -> out.put(i, Double.parseDouble(v)));
        return out;
    }

    @Test
    void tablesPrintLandscapeOnA4AtAReadableScaleWithTheirHeadersRepeated() {
        for (String name : List.of("目标与完成", "目标对比表", "面板", "图表", "指标", "来源文件")) {
            XSSFSheet s = wb.getSheet(name);
            PrintSetup p = s.getPrintSetup();
            assertTrue(p.getLandscape(), name);
            assertEquals(PrintSetup.A4_PAPERSIZE, p.getPaperSize(), name);
            assertFalse(s.getFitToPage(), name + " is printed at a scale, not fitted to the page width");
            assertTrue(p.getScale() >= PrintLayout.MIN_SCALE && p.getScale() <= 100, name + " scale " + p.getScale());
            assertEquals("1:1", s.getRepeatingRows().formatAsString().replace("$", ""), name);
        }
        assertEquals("A:E", wb.getSheet("面板").getRepeatingColumns().formatAsString().replace("$", ""),
                "the Panel's region columns on every page");
        assertEquals("A:G", wb.getSheet("目标对比表").getRepeatingColumns().formatAsString().replace("$", ""));
    }

    @Test
    void theWideSheetsPrintTheirKeyColumnsAndKeepTheOthersAClickAway() {
        XSSFSheet indicators = wb.getSheet("指标");
        for (String shown : List.of("地区", "报告年份", "指标名称（中文）", "口径", "类别", "年份", "数值", "单位",
                "审核状态", "原文句子")) {
            assertFalse(indicators.isColumnHidden(column(indicators, shown)), shown + " is printed");
        }
        for (String hidden : List.of("省份", "文件标题", "指标名称（英文）", "区划代码", "指标编号")) {
            int c = column(indicators, hidden);
            assertTrue(indicators.isColumnHidden(c), hidden + " is collapsed for print");
            assertTrue(indicators.getColumnOutlineLevel(c) > 0, hidden + " is in a group the + expands");
            assertTrue(indicators.getColumnWidth(c) > 4 * 256, hidden + " keeps its width for when it is shown");
        }
        XSSFSheet sources = wb.getSheet("来源文件");
        assertFalse(sources.isColumnHidden(column(sources, "标题")));
        assertTrue(sources.isColumnHidden(column(sources, "内容哈希（SHA-256）")));
        XSSFSheet panel = wb.getSheet("面板");
        for (int c = 0; c < panel.getRow(0).getLastCellNum(); c++) {
            assertFalse(panel.isColumnHidden(c), "the Panel hides nothing");
        }
    }
}
