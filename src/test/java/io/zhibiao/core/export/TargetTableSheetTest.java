package io.zhibiao.core.export;

import io.zhibiao.core.store.Store;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static io.zhibiao.core.export.ExportFixture.cell;
import static io.zhibiao.core.export.ExportFixture.onlyRow;
import static io.zhibiao.core.export.ExportFixture.rows;
import static io.zhibiao.core.export.ExportFixture.text;
import static io.zhibiao.core.export.TargetStore.CHANGZHOU;
import static io.zhibiao.core.export.TargetStore.NANJING;
import static io.zhibiao.core.export.TargetStore.NANJING_GDP;
import static io.zhibiao.core.export.TargetStore.SUZHOU;
import static io.zhibiao.core.export.TargetStore.SUZHOU_GDP;
import static io.zhibiao.core.export.TargetStore.WUXI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Target table of four Jiangsu cities read back from the workbook as an analyst reads it: each city's
 * target with its wording, the move from last year's target and the gap to last year's actual, "no target
 * stated" apart from "no report", the province and the nation as benchmarks, and the statistics worked out
 * by hand.
 */
class TargetTableSheetTest {
    private static final String GDP = "地区生产总值";
    private static final String GROWTH = "增速（%）";

    @TempDir
    static Path dir;
    static Store store;
    static XSSFWorkbook wb;
    static Sheet table;

    @BeforeAll
    static void export() throws Exception {
        store = TargetStore.open(dir);
        Path out = dir.resolve("targets.xlsx");
        ExcelExporter.export(store, ExportRequest.allDocuments()
                .withFilter(new ExportFilter(Set.copyOf(TargetStore.CITIES), Set.of(), Set.of(), Set.of())),
                out, ExportProgress.NONE, () -> false);
        wb = ExportFixture.read(out);
        table = wb.getSheet("目标对比表");
    }

    @AfterAll
    static void close() throws Exception {
        wb.close();
        store.close();
    }

    private static Row region(String indicator, int year, String code) {
        return onlyRow(table, Map.of("指标", indicator, "口径", GROWTH, "报告年份", Integer.toString(year),
                "行类型", "地区", "区划代码", code));
    }

    private static Row statistic(int year, String statistic) {
        return onlyRow(table, Map.of("指标", GDP, "报告年份", Integer.toString(year), "行类型", statistic));
    }

    private static double number(Row r, String header) {
        return cell(r, header).getNumericCellValue();
    }

    @Test
    void aLoweredTargetIsDownByItsPointsAndStandsAboveLastYearsActual() {
        Row nanjing = region(GDP, 2024, NANJING);
        assertEquals(5.0, number(nanjing, "目标"), 1e-9);
        assertEquals(5.5, number(nanjing, "力争目标"), 1e-9);
        assertEquals("已设定", text(cell(nanjing, "目标状态")));
        assertEquals(5.5, number(nanjing, "上年目标"), 1e-9);
        assertEquals("下调", text(cell(nanjing, "较上年目标")));
        assertEquals("-0.5", text(cell(nanjing, "变动（百分点）")));
        assertEquals(4.6, number(nanjing, "上年实际"), 1e-9);
        assertEquals("+0.4", text(cell(nanjing, "目标减上年实际（百分点）")));
        assertEquals(NANJING_GDP, number(nanjing, "GDP权重（亿元）"), 1e-6);
        assertEquals("2024年南京市政府工作报告", text(cell(nanjing, "目标出处")));
    }

    @Test
    void wordingIsHardOrSoftByTheWordsAroundTheNumber() {
        Row nanjing = region(GDP, 2024, NANJING);
        assertEquals("硬", text(cell(nanjing, "措辞")));
        assertEquals("确保", text(cell(nanjing, "措辞依据")));
        Row suzhou = region(GDP, 2024, SUZHOU);
        assertEquals("硬", text(cell(suzhou, "措辞")));
        assertEquals("以上", text(cell(suzhou, "措辞依据")));
        Row changzhou = region(GDP, 2024, CHANGZHOU);
        assertEquals("软", text(cell(changzhou, "措辞")), "预期 leads the list of targets");
        assertEquals("预期", text(cell(changzhou, "措辞依据")));
        Row nanjing2023 = region(GDP, 2023, NANJING);
        assertEquals("软", text(cell(nanjing2023, "措辞")));
        assertEquals("左右", text(cell(nanjing2023, "措辞依据")));
        Row income = region("居民人均可支配收入", 2024, NANJING);
        assertEquals("未限定", text(cell(income, "措辞")));
    }

    @Test
    void noTargetStatedIsNotNoReport() {
        assertEquals("未设目标", text(cell(region(GDP, 2024, WUXI), "目标状态")),
                "无锡's 2024 report is exported and states no GDP target");
        assertEquals("无报告", text(cell(region(GDP, 2023, SUZHOU), "目标状态")), "no 2023 report of 苏州");
        assertEquals("仅文字表述", text(cell(region("居民人均可支配收入", 2024, WUXI), "目标状态")),
                "与经济增长同步 is a target in words");
        Row suzhou = region(GDP, 2024, SUZHOU);
        assertEquals("", text(cell(suzhou, "较上年目标")));
        assertTrue(text(cell(suzhou, "说明")).contains("2023"), "says which report would give the comparison");
    }

    @Test
    void disagreeingStatementsAreShownNotHidden() {
        Cell target = cell(region(GDP, 2024, SUZHOU), "目标");
        assertEquals(5.5, target.getNumericCellValue(), 1e-9, "the more confident statement");
        assertEquals("≥5.5", text(target));
        assertEquals(IndexedColors.LIGHT_ORANGE.getIndex(), target.getCellStyle().getFillForegroundColor());
        String comment = target.getCellComment().getString().getString();
        assertTrue(comment.contains("5.5") && comment.contains("6%"), comment);
    }

    @Test
    void statisticsOverTheRegionsWithATargetWeighedByTheirGdp() {
        assertEquals(3, number(statistic(2024, "个数"), "目标"), 1e-9);
        assertEquals(15.5 / 3, number(statistic(2024, "平均值"), "目标"), 1e-6);
        assertEquals(5.0, number(statistic(2024, "中位数"), "目标"), 1e-9);
        Row weighted = statistic(2024, "GDP加权平均");
        double expected = (5.0 * NANJING_GDP + 5.5 * SUZHOU_GDP) / (NANJING_GDP + SUZHOU_GDP);
        assertEquals(5.292971, expected, 1e-6, "worked out by hand");
        assertEquals(expected, number(weighted, "目标"), 1e-6);
        assertEquals("3个地区中2个有权重；库中无GDP总量：常州市", text(cell(weighted, "说明")));
        Row none = statistic(2023, "GDP加权平均");
        assertEquals("", text(cell(none, "目标")), "南京's GDP before 2023 is not in the store");
        assertEquals(1, number(statistic(2023, "个数"), "目标"), 1e-9);
    }

    @Test
    void theProvinceAndTheNationAreBenchmarksFromOutsideTheExport() {
        Row province = onlyRow(table, Map.of("指标", GDP, "报告年份", "2024", "行类型", "省级基准"));
        assertEquals("江苏省", text(cell(province, "地区")));
        assertEquals("≥5.0", text(cell(province, "目标")));
        assertEquals("硬", text(cell(province, "措辞")));
        Row nation = onlyRow(table, Map.of("指标", GDP, "报告年份", "2024", "行类型", "全国基准"));
        assertEquals("全国", text(cell(nation, "地区")));
        assertEquals("≈5.0", text(cell(nation, "目标")));
        assertEquals("软", text(cell(nation, "措辞")));
        assertEquals(3, number(statistic(2024, "个数"), "目标"), 1e-9, "benchmarks are no region of the statistics");
        assertTrue(rows(table, Map.of("行类型", "省级基准", "报告年份", "2023")).isEmpty(),
                "no benchmark row where the store holds no benchmark target");
    }

    @Test
    void englishTableSaysTheSame() throws Exception {
        Path out = dir.resolve("targets-en.xlsx");
        ExcelExporter.export(store, ExportRequest.allDocuments().withLanguage(Locale.ENGLISH)
                        .withFilter(new ExportFilter(Set.copyOf(TargetStore.CITIES), Set.of(), Set.of(), Set.of())),
                out, ExportProgress.NONE, () -> false);
        try (XSSFWorkbook en = ExportFixture.read(out)) {
            Sheet s = en.getSheet("Target table");
            assertNotNull(s);
            Row nanjing = onlyRow(s, Map.of("Indicator", "Gross domestic product", "Report year", "2024",
                    "Row", "region", "Region code", NANJING));
            assertEquals("hard", text(cell(nanjing, "Wording")));
            assertEquals("down", text(cell(nanjing, "vs last year's target")));
            Row wuxi = onlyRow(s, Map.of("Indicator", "Gross domestic product", "Report year", "2024",
                    "Row", "region", "Region code", WUXI));
            assertEquals("no target stated", text(cell(wuxi, "Target stated")));
            assertNull(cell(wuxi, "Target"));
        }
    }
}
