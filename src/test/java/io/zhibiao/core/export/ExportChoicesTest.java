package io.zhibiao.core.export;

import io.zhibiao.core.review.IndicatorField;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoredIndicator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static io.zhibiao.core.export.ExportFixture.cell;
import static io.zhibiao.core.export.ExportFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The export dialog's and the command line's choices, each read back from the workbook: catalog indicators
 * only, verified only, documents left out, and documents in the trash, which no export holds.
 */
class ExportChoicesTest {
    @TempDir
    static Path dir;
    static Store store;
    static ReviewService review;
    static DocumentSummary honghu;
    static DocumentSummary summary2024;

    @BeforeAll
    static void samples() {
        store = ExportFixture.storeWithSamples(dir);
        review = new ReviewService(store, "张敏");
        honghu = ExportFixture.document(store, "honghu-2024-work-report-targets.txt");
        summary2024 = ExportFixture.document(store, "xianning-2024-summary.txt");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void catalogOnlyKeepsEveryCatalogRowAndNothingElse() throws Exception {
        int catalogRows = 0;
        int otherRows = 0;
        for (DocumentSummary d : store.documents().listSummaries()) {
            for (StoredIndicator i : store.indicators().findByDocument(d.id())) {
                if (!i.deleted()) {
                    if (i.value().code() != null) {
                        catalogRows++;
                    } else {
                        otherRows++;
                    }
                }
            }
        }
        assertTrue(otherRows > 0, "the samples hold figures outside the catalog, so the choice can show");
        try (XSSFWorkbook wb = export("catalog.xlsx", ExportFilter.NONE.withCatalogOnly(true))) {
            Sheet s = wb.getSheet("指标");
            assertEquals(catalogRows, s.getLastRowNum());
            for (Row r : s) {
                if (r.getRowNum() > 0) {
                    assertFalse(text(cell(r, "指标代码")).isBlank(), "row " + r.getRowNum() + " has no catalog code");
                }
            }
            assertTrue(aboutValue(wb, "指标范围").contains("仅目录指标"));
        }
    }

    @Test
    void verifiedOnlyKeepsTheVerifiedAndCorrectedRows() throws Exception {
        List<StoredIndicator> rows = store.indicators().findByDocument(honghu.id());
        long verified = rows.get(0).id();
        long corrected = rows.get(1).id();
        long rejected = rows.get(2).id();
        review.verify(verified);
        review.correct(corrected, IndicatorField.VALUE, 7.25);
        review.reject(rejected);
        try (XSSFWorkbook wb = export("verified.xlsx", new ExportFilter(Set.of(), Set.of(),
                ExportFilter.VERIFIED_ONLY, Set.of()))) {
            assertEquals(new TreeSet<>(Set.of(String.valueOf(verified), String.valueOf(corrected))),
                    column(wb.getSheet("指标"), "指标编号"));
        } finally {
            review.markUnreviewedAll(List.of(verified, corrected, rejected));
        }
    }

    @Test
    void aDocumentLeftOutIsNowhereInTheWorkbook() throws Exception {
        try (XSSFWorkbook wb = export("without-honghu.xlsx",
                ExportFilter.NONE.withExcludedDocuments(Set.of(honghu.id())))) {
            Set<String> exported = column(wb.getSheet("指标"), "文件编号");
            assertFalse(exported.contains(String.valueOf(honghu.id())));
            assertEquals(2, exported.size());
            assertFalse(column(wb.getSheet("来源文件"), "文件编号").contains(String.valueOf(honghu.id())));
            assertEquals(String.valueOf(honghu.id()), aboutValue(wb, "排除的报告（编号）"));
        }
    }

    @Test
    void leavingOutADocumentTheStoreDoesNotHoldIsAnError() {
        ExportException e = assertThrows(ExportException.class, () -> ExcelExporter.export(store,
                ExportRequest.allDocuments().withFilter(ExportFilter.NONE.withExcludedDocuments(Set.of(9999L))),
                dir.resolve("typo.xlsx"), ExportProgress.NONE, () -> false));
        assertTrue(e.getMessage().contains("9999"), e.getMessage());
    }

    @Test
    void aDeletedDocumentIsInNoExportUntilTheDeleteIsUndone() throws Exception {
        review.deleteDocuments(List.of(summary2024.id()));
        try (XSSFWorkbook wb = export("after-delete.xlsx", ExportFilter.NONE)) {
            assertFalse(column(wb.getSheet("来源文件"), "文件编号").contains(String.valueOf(summary2024.id())));
            assertFalse(column(wb.getSheet("指标"), "文件编号").contains(String.valueOf(summary2024.id())));
            // the history of the whole corpus says which report was deleted, by whom
            Row deleted = ExportFixture.onlyRow(wb.getSheet("修改记录"), java.util.Map.of("操作", "delete_document"));
            assertEquals("张敏", text(cell(deleted, "分析员")));
            assertTrue(text(cell(deleted, "文件标题")).startsWith("2024 · 咸宁市 (421200) · "),
                    text(cell(deleted, "文件标题")));
            assertEquals(String.valueOf(summary2024.id()), text(cell(deleted, "文件编号")));
        } finally {
            review.history().undo();
        }
        try (XSSFWorkbook wb = export("after-undo.xlsx", ExportFilter.NONE)) {
            assertTrue(column(wb.getSheet("来源文件"), "文件编号").contains(String.valueOf(summary2024.id())));
        }
        // naming a deleted document explicitly is refused like any id the store does not hold
        review.deleteDocuments(List.of(summary2024.id()));
        try {
            assertThrows(ExportException.class, () -> ExcelExporter.export(store, ExportRequest.allDocuments()
                            .withDocuments(Set.of(summary2024.id())), dir.resolve("deleted.xlsx"), ExportProgress.NONE,
                    () -> false));
        } finally {
            review.history().undo();
        }
    }

    private static XSSFWorkbook export(String name, ExportFilter filter) throws Exception {
        Path out = dir.resolve(name);
        ExcelExporter.export(store, ExportRequest.allDocuments().withFilter(filter), out, ExportProgress.NONE,
                () -> false);
        return ExportFixture.read(out);
    }

    private static Set<String> column(Sheet s, String header) {
        Set<String> values = new TreeSet<>();
        for (Row r : s) {
            if (r.getRowNum() > 0) {
                values.add(text(cell(r, header)));
            }
        }
        return values;
    }

    private static String aboutValue(XSSFWorkbook wb, String item) {
        for (Row r : wb.getSheet("说明")) {
            if (item.equals(text(r.getCell(0)))) {
                return text(r.getCell(1));
            }
        }
        throw new AssertionError("no item " + item + " in the About sheet");
    }
}
