package io.zhibiao.core.export;

import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.ValueKind;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.Tag;
import io.zhibiao.testing.Permissions;
import io.zhibiao.testing.SampleReports;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static io.zhibiao.core.export.ExportFixture.cell;
import static io.zhibiao.core.export.ExportFixture.onlyRow;
import static io.zhibiao.core.export.ExportFixture.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Review changes reach the export; hostile text stays text; a failed export never breaks the old file. */
class ExportSafetyTest {
    private static final Instant NOW = Instant.parse("2024-05-06T07:08:09Z");
    private static final String EVIL = "=HYPERLINK(\"http://evil.example\",\"点击\")";

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = ExportFixture.storeWithSamples(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path exportXlsx(String name) {
        Path out = dir.resolve(name);
        ExcelExporter.export(store, ExportRequest.allDocuments(), out, ExportProgress.NONE, () -> false);
        return out;
    }

    private StoredIndicator xianning(String fileName, String code, ValueKind kind, int year) {
        return ExportFixture.indicator(store, fileName, i -> code.equals(i.value().code())
                && i.value().kind() == kind && Integer.valueOf(year).equals(i.value().year())
                && i.value().measure() == Measure.GROWTH);
    }

    @Test
    void correctedValueIsExportedAndUsedByThePairing() throws Exception {
        StoredIndicator target = xianning(SampleReports.XIANNING_2023, "TRADE", ValueKind.TARGET, 2023);
        IndicatorValue v = target.value();
        store.runInTransaction(tx -> {
            tx.indicators().updateValue(target.id(), new IndicatorValue(v.code(), v.name(), v.measure(), v.kind(),
                    v.year(), 20.0, v.unit(), 20.0, v.normalizedUnit(), v.qualifier(), v.low(), v.high(),
                    v.stretch(), v.estimated(), v.qualitative(), v.start(), v.end(), v.sentence(), v.confidence()),
                    "李分析", NOW);
            tx.indicators().updateStatus(target.id(), ReviewStatus.CORRECTED, "李分析", NOW);
        });
        try (XSSFWorkbook wb = ExportFixture.read(exportXlsx("corrected.xlsx"))) {
            Row row = onlyRow(wb.getSheet("指标"), Map.of("指标编号", Long.toString(target.id())));
            assertEquals(20.0, cell(row, "数值").getNumericCellValue(), 1e-9);
            assertEquals("已更正", text(cell(row, "审核状态")));
            assertEquals("李分析", text(cell(row, "最后修改人")));
            Row pair = onlyRow(wb.getSheet("目标与完成"), Map.of("区划代码", "421200", "指标代码", "TRADE",
                    "口径", "增速", "年份", "2023"));
            assertEquals(20.0, cell(pair, "目标").getNumericCellValue(), 1e-9);
            assertEquals("未完成", text(cell(pair, "完成情况")), "18% against a corrected 20% target is missed");
            assertEquals(-2.0, cell(pair, "实际 - 目标").getNumericCellValue(), 1e-9);
        }
    }

    @Test
    void rejectedActualIsLeftOutOfThePairing() throws Exception {
        StoredIndicator actual = xianning(SampleReports.XIANNING_2024_SUMMARY, "TRADE", ValueKind.ACTUAL, 2023);
        store.indicators().updateStatus(actual.id(), ReviewStatus.REJECTED, "李分析", NOW);
        try (XSSFWorkbook wb = ExportFixture.read(exportXlsx("rejected.xlsx"))) {
            Row pair = onlyRow(wb.getSheet("目标与完成"), Map.of("区划代码", "421200", "指标代码", "TRADE",
                    "口径", "增速", "年份", "2023"));
            assertEquals("暂无数据", text(cell(pair, "完成情况")));
            assertNull(cell(pair, "实际"));
            Row row = onlyRow(wb.getSheet("指标"), Map.of("指标编号", Long.toString(actual.id())));
            assertEquals("已否决", text(cell(row, "审核状态")), "the Indicators sheet still lists it");
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws Exception {
        long id = addHostileIndicator();
        try (XSSFWorkbook wb = ExportFixture.read(exportXlsx("hostile.xlsx"))) {
            Row row = onlyRow(wb.getSheet("指标"), Map.of("指标编号", Long.toString(id)));
            for (String header : List.of("原文句子", "原文名称", "备注")) {
                Cell c = cell(row, header);
                assertEquals(CellType.STRING, c.getCellType(), header);
                assertTrue(c.getCellStyle().getQuotePrefixed(), header + " keeps Excel's quote prefix");
            }
            assertEquals(EVIL, cell(row, "原文句子").getStringCellValue());
            assertEquals("@SUM(A1:A9)", cell(row, "原文名称").getStringCellValue());
            assertEquals(-5.0, cell(row, "数值").getNumericCellValue(), 1e-9, "a negative number stays a number");
        }
    }

    @Test
    void csvHasABomAndNeutralisesFormulas() throws Exception {
        long id = addHostileIndicator();
        Path out = dir.resolve("indicators.csv");
        ExportSummary s = CsvExporter.export(store, ExportRequest.allDocuments(), out, ExportProgress.NONE, () -> false);
        byte[] bytes = Files.readAllBytes(out);
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("\uFEFF省份,地市,地区,区划代码"), lines.get(0));
        String hostile = lines.stream().filter(l -> l.endsWith("," + id + "," + docId())).findFirst().orElseThrow();
        assertTrue(hostile.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点击\"\")\","), hostile);
        assertTrue(hostile.contains(",'@SUM(A1:A9),"), hostile);
        assertTrue(hostile.contains(",'+86 备注,"), hostile);
        assertTrue(hostile.contains(",-5,"), "numbers are not neutralised: " + hostile);
        assertTrue(s.rows(ExportSheet.INDICATORS) > 300);
        assertTrue(Files.readString(out).contains("\r\n"));
    }

    private long docId() {
        return ExportFixture.document(store, SampleReports.HONGHU_2024).id();
    }

    private long addHostileIndicator() {
        IndicatorValue v = new IndicatorValue(null, "@SUM(A1:A9)", Measure.GROWTH, ValueKind.ACTUAL, 2023, -5.0, "%",
                -5.0, "%", null, null, null, false, false, false, 0, 10, EVIL, 1.0);
        long id = store.indicators().insertAnalystIndicator(docId(), v, ReviewStatus.VERIFIED, "李分析", NOW);
        store.indicators().updateNote(id, "+86 备注", "李分析", NOW);
        return id;
    }

    @Test
    void historyListsTheAnalystsChangesInScope() throws Exception {
        long doc = docId();
        store.audit().append(io.zhibiao.core.store.AuditEvent.of(NOW, "李分析", "status", "indicator", 7L, doc,
                "status", "unreviewed", "verified", "batch-1"));
        try (XSSFWorkbook wb = ExportFixture.read(exportXlsx("history.xlsx"))) {
            Row row = onlyRow(wb.getSheet("修改记录"), Map.of("分析员", "李分析"));
            assertEquals("已核实", text(cell(row, "新值")), "a status in the workbook's language");
            assertEquals(Long.toString(doc), text(cell(row, "文件编号")));
            assertEquals(CellType.NUMERIC, cell(row, "时间").getCellType(), "times are real dates");
        }
    }

    @Test
    void largeExportKeepsCommentsOnlyWhereTheyStayCheap() throws Exception {
        List<IndicatorValue> template = store.indicators().findByDocument(
                ExportFixture.document(store, SampleReports.XIANNING_2023).id()).stream()
                .map(StoredIndicator::value).toList();
        List<io.zhibiao.core.model.Region> prefectures = store.regions().findAll().stream()
                .filter(r -> r.level() == io.zhibiao.core.model.RegionLevel.PREFECTURE).limit(12).toList();
        for (int i = 0; i < prefectures.size(); i++) {
            String text = "copy " + i;
            store.documents().insertDocument(new io.zhibiao.core.store.NewDocument("/copies/" + i + ".txt",
                    i + ".txt", io.zhibiao.core.store.ContentHash.of(text), 6, "txt", "UTF-8", text, text, "copy " + i,
                    prefectures.get(i).code(), 0.9, 2023, 0.9, io.zhibiao.core.model.DocumentKind.WORK_REPORT, 0.9,
                    null, null, null, null, null, null, NOW, null), template);
        }
        Path out = dir.resolve("large.xlsx");
        ExportSummary summary = ExcelExporter.export(store, ExportRequest.allDocuments(), out, ExportProgress.NONE,
                () -> false);
        assertTrue(summary.rows(ExportSheet.INDICATORS) > ExcelExporter.COMMENT_LIMIT);
        assertEquals(Set.of(ExportSheet.TARGETS_VS_ACTUALS), summary.commented());
        try (XSSFWorkbook wb = ExportFixture.read(out)) {
            assertTrue(wb.getSheet("指标").getCellComments().isEmpty());
            Row trade = onlyRow(wb.getSheet("目标与完成"), Map.of("区划代码", "421200", "指标代码", "TRADE",
                    "口径", "增速", "年份", "2023"));
            assertTrue(cell(trade, "实际").getCellComment().getString().getString().contains("进出口"),
                    "sentences of paired indicators are read back for their comments");
            assertEquals(text(cell(trade, "实际指标编号")), Long.toString(xianning(SampleReports.XIANNING_2024_SUMMARY,
                    "TRADE", ValueKind.ACTUAL, 2023).id()));
            assertTrue(text(cell(onlyRow(wb.getSheet("说明"), Map.of("项目", "原文句子批注")), "内容"))
                    .contains("目标与完成"));
        }
    }

    @Test
    void tagFilterKeepsOnlyTaggedIndicators() throws Exception {
        Tag tag = store.tags().create("简报", null);
        StoredIndicator gdp = ExportFixture.indicator(store, SampleReports.XIANNING_2023,
                i -> "GDP".equals(i.value().code()));
        store.tags().attach(gdp.id(), tag.id());
        Path out = dir.resolve("tagged.xlsx");
        ExcelExporter.export(store, ExportRequest.allDocuments().withFilter(
                new ExportFilter(Set.of(), Set.of(), Set.of(), Set.of("简报"))), out, ExportProgress.NONE, () -> false);
        try (XSSFWorkbook wb = ExportFixture.read(out)) {
            Sheet s = wb.getSheet("指标");
            assertEquals(1, s.getLastRowNum());
            assertEquals("简报", text(cell(s.getRow(1), "标签")));
        }
        assertThrows(ExportException.class, () -> ExcelExporter.export(store, ExportRequest.allDocuments()
                .withFilter(new ExportFilter(Set.of(), Set.of(), Set.of(), Set.of("没有"))), out,
                ExportProgress.NONE, () -> false));
    }

    @Test
    void targetInsideAFileIsRefusedClearly() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "x");
        TargetNotWritableException e = assertThrows(TargetNotWritableException.class, () -> ExcelExporter.export(
                store, ExportRequest.allDocuments(), notAFolder.resolve("out.xlsx"), ExportProgress.NONE, () -> false));
        assertTrue(e.getMessage().contains("is a file, not a folder"), e.getMessage());
        assertEquals("x", Files.readString(notAFolder));
    }

    @Test
    void targetThatIsAFolderIsRefusedClearly() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("out.xlsx"));
        TargetNotWritableException e = assertThrows(TargetNotWritableException.class, () -> CsvExporter.export(
                store, ExportRequest.allDocuments(), folder, ExportProgress.NONE, () -> false));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    @org.junit.jupiter.api.Tag(Permissions.TAG)
    void readOnlyTargetIsReportedAndLeftAlone() throws Exception {
        Path out = Files.writeString(dir.resolve("old.xlsx"), "previous workbook");
        Permissions.makeReadOnly(out);
        try {
            TargetNotWritableException e = assertThrows(TargetNotWritableException.class, () ->
                    ExcelExporter.export(store, ExportRequest.allDocuments(), out, ExportProgress.NONE, () -> false));
            assertTrue(e.getMessage().contains("locked"), e.getMessage());
            assertEquals("previous workbook", Files.readString(out));
        } finally {
            Permissions.makeWritable(out);
        }
    }

    @Test
    void cancelledExportKeepsTheOldFileAndLeavesNoTemporaryFile() throws Exception {
        Path out = Files.writeString(dir.resolve("keep.xlsx"), "previous workbook");
        int[] calls = {0};
        assertThrows(ExportCancelledException.class, () -> ExcelExporter.export(store, ExportRequest.allDocuments(),
                out, ExportProgress.NONE, () -> ++calls[0] > 1));
        assertEquals("previous workbook", Files.readString(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void exportOverAnOldWorkbookReplacesIt() throws Exception {
        Path out = Files.writeString(dir.resolve("replace.xlsx"), "previous workbook");
        ExcelExporter.export(store, ExportRequest.allDocuments().withDocuments(Set.of(docId())), out,
                ExportProgress.NONE, () -> false);
        try (XSSFWorkbook wb = ExportFixture.read(out)) {
            assertEquals(1, wb.getSheet("来源文件").getLastRowNum());
            DocumentSummary honghu = ExportFixture.document(store, SampleReports.HONGHU_2024);
            assertEquals(honghu.indicatorCount(), wb.getSheet("指标").getLastRowNum());
        }
    }
}
