package io.zhibiao.core.export;

import io.zhibiao.core.compare.Observation;
import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.ValueKind;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.Store;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.zhibiao.core.export.ExportFixture.cell;
import static io.zhibiao.core.export.ExportFixture.onlyRow;
import static io.zhibiao.core.export.ExportFixture.text;
import static io.zhibiao.core.export.PanelStore.estimated;
import static io.zhibiao.core.export.PanelStore.growth;
import static io.zhibiao.core.export.PanelStore.level;
import static io.zhibiao.core.export.PanelStore.part;
import static io.zhibiao.core.export.PanelStore.report;
import static io.zhibiao.core.export.PanelStore.stretch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Panel of a store whose reports disagree with each other, read back from the written workbook: which
 * statement a cell shows, how a conflict, an estimate and a missed target look, and where each cell's
 * figure comes from.
 */
class PanelSheetTest {
    private static final String SHANGHAI = "310000";
    private static final String BEIJING = "110000";

    @TempDir
    static Path dir;
    static Store store;
    static ExportSummary summary;
    static XSSFWorkbook wb;
    static Sheet panel;

    @BeforeAll
    static void export() throws Exception {
        store = PanelStore.open(dir);
        report(store, SHANGHAI, 2023, DocumentKind.WORK_REPORT, "2023年上海市政府工作报告",
                growth("GDP", ValueKind.TARGET, 2023, 6.0, 0.9, "全市生产总值增长6%。"));
        List<StoredIndicator> sh = report(store, SHANGHAI, 2024, DocumentKind.WORK_REPORT, "2024年上海市政府工作报告",
                growth("FAI", ValueKind.ACTUAL, 2023, 13.8, 0.9, "全市固定资产投资比上年增长13.8%，创近年新高。"),
                growth("FAI", ValueKind.ACTUAL, 2023, 10.3, 0.7, "全年完成投资增长10.3%，重大工程投资保持较快增长。"),
                part("FAI", ValueKind.ACTUAL, 2023, 25.0, "临港新片区固定资产投资增长25%。"),
                growth("RETAIL", ValueKind.ACTUAL, 2023, 12.6, 0.5, "社会消费品零售总额增长12.6%。"),
                growth("RETAIL", ValueKind.ACTUAL, 2023, 12.0, 0.95, "社会消费品零售总额增长12%左右。"),
                growth("TRADE", ValueKind.ACTUAL, 2023, 99.0, 0.99, "进出口总额增长99%。"),
                growth("TRADE", ValueKind.ACTUAL, 2023, 0.7, 0.8, "货物进出口总额增长0.7%。"),
                growth("GDP", ValueKind.TARGET, 2024, 5.5, 0.9, "全市生产总值增长5.5%、力争6%以上。"),
                stretch("GDP", 2024, 6.0, Qualifier.GE, "全市生产总值增长5.5%、力争6%以上。"),
                level("GDP", ValueKind.ACTUAL, 2023, 47218.66, "亿元", 4.721866e12, "全市生产总值达到47218.66亿元。"),
                estimated("INCOME", 2023, 6.6, "全市居民人均可支配收入预计增长6.6%。"),
                growth("GDP", ValueKind.ACTUAL, 2023, 5.0, 0.9, "全市生产总值增长5%。"));
        report(store, BEIJING, 2024, DocumentKind.WORK_REPORT, "2024年北京市政府工作报告",
                level("GDP", ValueKind.ACTUAL, 2023, 4.38, "万亿元", 4.38e12, "全市地区生产总值达到4.38万亿元。"));
        ReviewService review = new ReviewService(store, "test");
        review.verify(sh.get(3).id());
        review.reject(sh.get(5).id());
        summary = export(dir.resolve("panel.xlsx"), ExportSheet.all());
        wb = ExportFixture.read(dir.resolve("panel.xlsx"));
        panel = wb.getSheet("面板");
    }

    @AfterAll
    static void close() throws Exception {
        wb.close();
        store.close();
    }

    private static ExportSummary export(Path out, Set<ExportSheet> sheets) {
        return ExcelExporter.export(store, ExportRequest.allDocuments().withSheets(sheets), out,
                ExportProgress.NONE, () -> false);
    }

    private static Row row(String indicator, String measure, String region) {
        return onlyRow(panel, Map.of("指标", indicator, "口径", measure, "区划代码", region));
    }

    private static String comment(Cell c) {
        Comment comment = c.getCellComment();
        return comment == null ? null : comment.getString().getString();
    }

    @Test
    void disagreeingStatementsMarkTheCellAndItsCommentListsEachOne() {
        Cell fai = cell(row("固定资产投资", "增速（%）", SHANGHAI), "2023年实际");
        assertEquals(13.8, fai.getNumericCellValue(), 1e-9, "the more confident statement is shown");
        assertEquals(IndexedColors.LIGHT_ORANGE.getIndex(), fai.getCellStyle().getFillForegroundColor());
        String note = comment(fai);
        assertNotNull(note);
        assertTrue(note.contains("▶ 13.8% · 未审核 · 2024年上海市政府工作报告"), note);
        assertTrue(note.contains("· 10.3% · 未审核"), note);
        assertTrue(note.contains("创近年新高") && note.contains("重大工程投资"), "each sentence: " + note);
        assertFalse(note.contains("临港"), "a zone's figure is no candidate for the region's cell: " + note);
        assertEquals(1, summary.panelConflicts());
        Row about = onlyRow(wb.getSheet("说明"), Map.of("项目", "面板中表述不一致的单元格数（橙色，批注逐条列出）"));
        assertEquals(1.0, cell(about, "内容").getNumericCellValue());
        assertTrue(text(cell(onlyRow(wb.getSheet("说明"), Map.of("项目", "面板单元格取哪条表述")), "内容"))
                .contains("已更正的、其次已核实的表述优先"));
    }

    @Test
    void aVerifiedStatementWinsOverAMoreConfidentUnreviewedOne() {
        Cell retail = cell(row("社会消费品零售总额", "增速（%）", SHANGHAI), "2023年实际");
        assertEquals(12.6, retail.getNumericCellValue(), 1e-9);
        assertEquals(IndexedColors.AUTOMATIC.getIndex(), retail.getCellStyle().getFillForegroundColor(),
                "the analyst's verdict settles the disagreement");
        assertNull(comment(retail));
    }

    @Test
    void aRejectedStatementIsNeverShown() {
        Cell trade = cell(row("进出口总额", "增速（%）", SHANGHAI), "2023年实际");
        assertEquals(0.7, trade.getNumericCellValue(), 1e-9);
        assertNull(comment(trade), "the rejected 99% is no candidate, so nothing disagrees");
        for (Row r : panel) {
            for (Cell c : r) {
                assertFalse(c.getCellType() == CellType.NUMERIC && c.getNumericCellValue() == 99.0);
                assertFalse(comment(c) != null && comment(c).contains("99"), comment(c));
            }
        }
    }

    @Test
    void aStretchTargetHasItsOwnColumnBesideTheTarget() {
        Row gdp = row("地区生产总值", "增速（%）", SHANGHAI);
        assertEquals(5.5, cell(gdp, "2024年目标").getNumericCellValue(), 1e-9);
        assertEquals("≥6.0", text(cell(gdp, "2024年力争")));
        assertEquals(CellType.NUMERIC, cell(gdp, "2024年力争").getCellType());
    }

    @Test
    void levelsAreShownInTheBlocksUnitBesideGrowth() {
        Cell shanghai = cell(row("地区生产总值", "总量（亿元）", SHANGHAI), "2023年实际");
        assertEquals(47218.66, shanghai.getNumericCellValue(), 1e-6);
        assertEquals("47,218.66", text(shanghai));
        Cell beijing = cell(row("地区生产总值", "总量（亿元）", BEIJING), "2023年实际");
        assertEquals(43800.0, beijing.getNumericCellValue(), 1e-6, "4.38万亿元 in 亿元");
    }

    @Test
    void anEstimateStaysANumberWithAStyleAndANote() {
        Cell income = cell(row("居民人均可支配收入", "增速（%）", SHANGHAI), "2023年实际");
        assertEquals(CellType.NUMERIC, income.getCellType());
        assertEquals("6.6", text(income), "no ≈ or other sign in the number");
        assertTrue(wb.getFontAt(income.getCellStyle().getFontIndex()).getItalic());
        assertEquals(IndexedColors.PALE_BLUE.getIndex(), income.getCellStyle().getFillForegroundColor());
        assertTrue(comment(income).contains("预计数"), comment(income));
    }

    @Test
    void aMissedActualIsRed() {
        Cell gdp = cell(row("地区生产总值", "增速（%）", SHANGHAI), "2023年实际");
        assertEquals(5.0, gdp.getNumericCellValue(), 1e-9);
        assertEquals(IndexedColors.RED.getIndex(), wb.getFontAt(gdp.getCellStyle().getFontIndex()).getColor());
    }

    @Test
    void everyFigureLinksToItsRowInTheIndicatorsSheet() {
        Sheet indicators = wb.getSheet("指标");
        int figures = 0;
        for (Row r : panel) {
            for (Cell c : r) {
                if (r.getRowNum() == 0 || c.getColumnIndex() < 5 || c.getCellType() == CellType.BLANK) {
                    continue;
                }
                figures++;
                assertNotNull(c.getHyperlink(), "no source for " + c.getAddress());
                String[] place = c.getHyperlink().getAddress().split("!");
                assertEquals("'指标'", place[0]);
                Row source = indicators.getRow(new CellReference(place[1]).getRow());
                assertEquals(text(cell(r, "区划代码")), text(cell(source, "区划代码")));
                String header = panel.getRow(0).getCell(c.getColumnIndex()).getStringCellValue();
                assertEquals(header.substring(0, 4), text(cell(source, "年份")), header);
                if (text(cell(r, "口径")).startsWith("增速")) {
                    assertEquals(c.getNumericCellValue(), cell(source, "数值").getNumericCellValue(), 1e-9);
                }
            }
        }
        assertEquals(10, figures);
    }

    @Test
    void noColumnIsEmptyAndTheReportsOwnYearHasNoActualsColumn() {
        List<String> headers = new ArrayList<>();
        panel.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
        assertEquals(List.of("指标", "口径", "省份", "地区", "区划代码", "2023年目标", "2023年实际", "2024年目标",
                "2024年力争"), headers);
        for (int column = 0; column < headers.size(); column++) {
            boolean any = false;
            for (Row r : panel) {
                any |= r.getRowNum() > 0 && r.getCell(column) != null
                        && r.getCell(column).getCellType() != CellType.BLANK;
            }
            assertTrue(any, headers.get(column) + " is empty");
        }
    }

    @Test
    void withoutTheIndicatorsSheetFiguresLinkToTheirReportAndWithoutEitherSheetCarryTheirSentence()
            throws Exception {
        export(dir.resolve("panel-sources.xlsx"), Set.of(ExportSheet.PANEL, ExportSheet.SOURCES));
        try (XSSFWorkbook book = ExportFixture.read(dir.resolve("panel-sources.xlsx"))) {
            Sheet p = book.getSheet("面板");
            Cell trade = cell(onlyRow(p, Map.of("指标", "进出口总额", "区划代码", SHANGHAI)), "2023年实际");
            String[] place = trade.getHyperlink().getAddress().split("!");
            assertEquals("'来源文件'", place[0]);
            Row source = book.getSheet("来源文件").getRow(new CellReference(place[1]).getRow());
            assertEquals("2024年上海市政府工作报告", text(cell(source, "标题")));
        }
        export(dir.resolve("panel-only.xlsx"), Set.of(ExportSheet.PANEL));
        try (XSSFWorkbook book = ExportFixture.read(dir.resolve("panel-only.xlsx"))) {
            Sheet p = book.getSheet("面板");
            for (Row r : p) {
                for (Cell c : r) {
                    if (r.getRowNum() > 0 && c.getColumnIndex() >= 5 && c.getCellType() != CellType.BLANK) {
                        assertNull(c.getHyperlink());
                        assertNotNull(comment(c), "no source for " + c.getAddress());
                    }
                }
            }
            Cell trade = cell(onlyRow(p, Map.of("指标", "进出口总额", "区划代码", SHANGHAI)), "2023年实际");
            assertEquals("出处：0.7% · 未审核 · 2024年上海市政府工作报告：“货物进出口总额增长0.7%。”", comment(trade));
        }
    }

    @Test
    void sentencesALargeExportLeftOutAreReadBackForTheComments() {
        SentenceSource sentences = new SentenceSource(store);
        List<Observation> bare = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (DocumentSummary d : store.documents().listSummaries()) {
            for (StoredIndicator i : store.indicators().findByDocument(d.id())) {
                bare.add(Observation.of(i, d, false));
                expected.add(i.value().sentence());
            }
        }
        sentences.load(bare);
        assertEquals(14, bare.size());
        for (int i = 0; i < bare.size(); i++) {
            assertNull(bare.get(i).sentence());
            assertEquals(expected.get(i), sentences.of(bare.get(i)));
        }
    }
}
