package io.zhibiao.core.export;

import io.zhibiao.core.store.Store;
import io.zhibiao.testing.SampleReports;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static io.zhibiao.core.export.ExportFixture.cell;
import static io.zhibiao.core.export.ExportFixture.onlyRow;
import static io.zhibiao.core.export.ExportFixture.rows;
import static io.zhibiao.core.export.ExportFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The briefing workbook of the three sample reports, read back as a colleague's Excel would. */
class ExcelExportTest {
    @TempDir
    static Path dir;
    static Store store;
    static XSSFWorkbook zh;
    static ExportSummary zhSummary;

    @BeforeAll
    static void exportSamples() throws Exception {
        store = ExportFixture.storeWithSamples(dir);
        Path out = dir.resolve("briefing.xlsx");
        zhSummary = ExcelExporter.export(store, ExportRequest.allDocuments(), out, ExportProgress.NONE, () -> false);
        zh = ExportFixture.read(out);
    }

    @AfterAll
    static void close() throws Exception {
        zh.close();
        store.close();
    }

    @Test
    void chineseWorkbookHasEverySheetInOrder() {
        List<String> names = new ArrayList<>();
        zh.forEach(s -> names.add(s.getSheetName()));
        assertEquals(List.of("指标", "目标与完成", "目标对比表", "面板", "图表", "来源文件", "修改记录", "说明"), names);
        assertEquals(3, zhSummary.documents());
        assertEquals(zh.getSheet("指标").getLastRowNum(), zhSummary.rows(ExportSheet.INDICATORS));
    }

    @Test
    void indicatorValuesAreNumbersWithBriefingFormats() {
        Sheet s = zh.getSheet("指标");
        Row gdp = onlyRow(s, Map.of("区划代码", "421200", "指标代码", "GDP", "类别", "目标", "年份", "2023"));
        Cell value = cell(gdp, "数值");
        assertEquals(CellType.NUMERIC, value.getCellType());
        assertEquals(7.5, value.getNumericCellValue(), 1e-9);
        assertEquals("0.0", value.getCellStyle().getDataFormatString());
        assertEquals("湖北省", text(cell(gdp, "省份")));
        assertEquals("咸宁市", text(cell(gdp, "地区")));
        assertEquals("地区生产总值", text(cell(gdp, "指标名称（中文）")));
        assertEquals("Gross domestic product", text(cell(gdp, "指标名称（英文）")));
        assertEquals("未审核", text(cell(gdp, "审核状态")));
        assertTrue(text(cell(gdp, "原文句子")).contains("7.5%"), text(cell(gdp, "原文句子")));

        Row revenue = onlyRow(s, Map.of("区划代码", "421200", "指标代码", "FISCAL_REV", "口径", "总量", "年份", "2022"));
        Cell amount = cell(revenue, "数值");
        assertEquals(CellType.NUMERIC, amount.getCellType());
        assertEquals("#,##0.00", amount.getCellStyle().getDataFormatString());
        assertEquals("96.03", text(amount));
        assertEquals("亿元", text(cell(revenue, "单位")));

        Row cpi = onlyRow(s, Map.of("区划代码", "421200", "指标代码", "CPI", "类别", "目标", "年份", "2023"));
        assertEquals("≈", text(cell(cpi, "限定符")));
        assertEquals("左右", text(cell(cpi, "限定（文字）")));
    }

    @Test
    void sourceSentenceIsACommentOnTheValueOfASmallExport() {
        assertEquals(Set.of(ExportSheet.INDICATORS, ExportSheet.TARGETS_VS_ACTUALS), zhSummary.commented());
        Row gdp = onlyRow(zh.getSheet("指标"), Map.of("区划代码", "421200", "指标代码", "GDP", "类别", "目标",
                "年份", "2023"));
        assertNotNull(cell(gdp, "数值").getCellComment());
        assertTrue(cell(gdp, "数值").getCellComment().getString().getString().contains("7.5%"));
    }

    @Test
    void everyTableSheetHasAFrozenStyledHeaderAutofilterAndPrintSetup() {
        for (Sheet sheet : zh) {
            XSSFSheet s = (XSSFSheet) sheet;
            PaneInformation pane = s.getPaneInformation();
            assertNotNull(pane, s.getSheetName());
            assertTrue(pane.isFreezePane(), s.getSheetName());
            assertEquals(1, pane.getHorizontalSplitPosition(), s.getSheetName());
            assertTrue(s.getCTWorksheet().isSetAutoFilter(), s.getSheetName());
            assertTrue(s.getRow(0).getCell(0).getCellStyle().getFont() != null
                    && zh.getFontAt(s.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold(), s.getSheetName());
            assertTrue(s.getPrintSetup().getLandscape(), s.getSheetName());
            assertFalse(s.getFitToPage(), s.getSheetName() + " prints at a scale, not fitted to the page width");
            assertTrue(s.getPrintSetup().getScale() >= PrintLayout.MIN_SCALE, s.getSheetName());
            assertEquals("1:1", s.getRepeatingRows().formatAsString().replace("$", ""), s.getSheetName());
        }
    }

    @Test
    void columnsFitChineseText() {
        Sheet s = zh.getSheet("指标");
        int title = ExportFixture.column(s, "文件标题");
        // 2023年咸宁市政府工作报告: 10 CJK characters + 4 digits = 24 columns wide
        assertTrue(s.getColumnWidth(title) >= 24 * 256, "title width " + s.getColumnWidth(title) / 256);
        int code = ExportFixture.column(s, "区划代码");
        assertTrue(s.getColumnWidth(code) < 20 * 256);
    }

    @Test
    void tradeTargetOf2023IsPairedWithTheActualFromThe2024Summary() {
        Sheet s = zh.getSheet("目标与完成");
        Row trade = onlyRow(s, Map.of("区划代码", "421200", "指标代码", "TRADE", "口径", "增速", "年份", "2023"));
        Cell target = cell(trade, "目标");
        assertEquals(CellType.NUMERIC, target.getCellType());
        assertEquals(10.0, target.getNumericCellValue(), 1e-9);
        Cell actual = cell(trade, "实际");
        assertEquals(CellType.NUMERIC, actual.getCellType());
        assertEquals(18.0, actual.getNumericCellValue(), 1e-9);
        assertEquals("≥18.0", text(actual), "the actual keeps its 以上");
        assertEquals(8.0, cell(trade, "实际 - 目标").getNumericCellValue(), 1e-9);
        assertEquals("完成", text(cell(trade, "完成情况")));
        assertEquals("2023年咸宁市政府工作报告", text(cell(trade, "目标出处")));
        assertNotNull(target.getCellComment(), "target sentence as comment");
        assertTrue(actual.getCellComment().getString().getString().contains("进出口"));
        assertTrue(((XSSFSheet) s).getSheetConditionalFormatting().getNumConditionalFormattings() > 0,
                "missed rows are highlighted by a rule");
    }

    @Test
    void panelShowsTargetStretchAndActualPerYearForHeadlineIndicators() {
        Sheet s = zh.getSheet("面板");
        Row trade = onlyRow(s, Map.of("指标", "进出口总额", "口径", "增速（%）", "区划代码", "421200"));
        assertEquals("10.0", text(cell(trade, "2023年目标")));
        assertEquals("≥18.0", text(cell(trade, "2023年实际")));
        Row gdp = onlyRow(s, Map.of("指标", "地区生产总值", "区划代码", "421200"));
        assertEquals(7.5, cell(gdp, "2023年目标").getNumericCellValue(), 1e-9);
        assertEquals(6.0, cell(gdp, "2024年目标").getNumericCellValue(), 1e-9);
        Row cpi = onlyRow(s, Map.of("指标", "居民消费价格涨幅", "区划代码", "421200"));
        assertEquals("≈3.0", text(cell(cpi, "2023年目标")));
        Row honghu = onlyRow(s, Map.of("指标", "地区生产总值", "区划代码", "421083"));
        assertEquals("8.0", text(cell(honghu, "2024年目标")), "增长8%、力争9%");
        assertEquals("9.0", text(cell(honghu, "2024年力争")));
        Row revenue = onlyRow(s, Map.of("指标", "地方一般公共预算收入", "口径", "总量（亿元）", "区划代码", "421200"));
        assertEquals("96.03", text(cell(revenue, "2022年实际")));
        assertTrue(rows(s, Map.of()).stream().noneMatch(r -> r.getRowNum() > 0
                && text(r.getCell(ExportFixture.column(s, "区划代码"))).isEmpty()));
    }

    @Test
    void sourcesListEveryDocumentWithItsHashAndAboutNamesTheExport() {
        Sheet sources = zh.getSheet("来源文件");
        assertEquals(3, sources.getLastRowNum());
        Row xn = onlyRow(sources, Map.of("文件", SampleReports.XIANNING_2023));
        assertEquals(64, text(cell(xn, "内容哈希（SHA-256）")).length());
        assertEquals("UTF-8", text(cell(xn, "编码")));
        assertEquals("政府工作报告", text(cell(xn, "文件类型")));
        assertTrue(cell(xn, "导出指标数").getNumericCellValue() > 100);

        Sheet about = zh.getSheet("说明");
        assertFalse(rows(about, Map.of("项目", "指标工作台版本")).isEmpty());
        assertEquals(store.location().toString(), text(cell(onlyRow(about, Map.of("项目", "数据库")), "内容")));
        assertEquals("（全部）", text(cell(onlyRow(about, Map.of("项目", "地区")), "内容")));
    }

    @Test
    void englishExportNamesSheetsAndHeadersInEnglish() throws Exception {
        Path out = dir.resolve("briefing-en.xlsx");
        ExcelExporter.export(store, ExportRequest.allDocuments().withLanguage(Locale.ENGLISH)
                .withSheets(Set.of(ExportSheet.INDICATORS, ExportSheet.TARGETS_VS_ACTUALS)), out,
                ExportProgress.NONE, () -> false);
        try (XSSFWorkbook en = ExportFixture.read(out)) {
            List<String> names = new ArrayList<>();
            en.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Indicators", "Targets vs actuals", "About"), names);
            Row trade = onlyRow(en.getSheet("Targets vs actuals"), Map.of("Region code", "421200",
                    "Indicator code", "TRADE", "Measure", "growth", "Year", "2023"));
            assertEquals("met", text(cell(trade, "Result")));
            assertEquals("Foreign trade", text(cell(trade, "Indicator")));
        }
    }

    @Test
    void filtersNarrowDocumentsByRegionAndReportYear() throws Exception {
        Path out = dir.resolve("xianning-2023.xlsx");
        ExportSummary summary = ExcelExporter.export(store, ExportRequest.allDocuments()
                .withFilter(new ExportFilter(Set.of("咸宁"), Set.of(2023), Set.of(), Set.of())), out,
                ExportProgress.NONE, () -> false);
        assertEquals(1, summary.documents(), "the 2023 work report; the 2024 summary is of report year 2024");
        try (XSSFWorkbook wb = ExportFixture.read(out)) {
            Sheet s = wb.getSheet("指标");
            assertTrue(s.getLastRowNum() > 20);
            boolean results2022 = false;
            for (Row r : s) {
                if (r.getRowNum() > 0) {
                    assertEquals("咸宁市", text(cell(r, "地区")));
                    assertEquals("2023", text(cell(r, "报告年份")));
                    results2022 |= text(cell(r, "年份")).equals("2022");
                }
            }
            assertTrue(results2022, "the 2022 results the 2023 report gives are kept");
            assertEquals(summary.rows(ExportSheet.INDICATORS), s.getLastRowNum());
        }
    }

    @Test
    void unknownRegionIsAnErrorNotAnEmptyWorkbook() {
        ExportException e = org.junit.jupiter.api.Assertions.assertThrows(ExportException.class, () ->
                ExcelExporter.export(store, ExportRequest.allDocuments().withFilter(
                        new ExportFilter(Set.of("火星"), Set.of(), Set.of(), Set.of())), dir.resolve("none.xlsx"),
                        ExportProgress.NONE, () -> false));
        assertTrue(e.getMessage().contains("火星"), e.getMessage());
        assertFalse(java.nio.file.Files.exists(dir.resolve("none.xlsx")));
    }
}
