package io.zhibiao.core.export;

import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.Store;
import io.zhibiao.testing.SampleReports;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.zhibiao.core.export.ExportFixture.cell;
import static io.zhibiao.core.export.ExportFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The History sheet says what analysts did in the workbook's language: actions, fields and status words. */
class HistoryWordsTest {
    @TempDir
    Path dir;

    @Test
    void aVerdictReadsInChineseAndInEnglish() throws Exception {
        try (Store store = ExportFixture.storeWithSamples(dir)) {
            StoredIndicator row = ExportFixture.indicator(store, SampleReports.HONGHU_2024, i -> true);
            new ReviewService(store, "审核员").verifyAll(List.of(row.id()));
            Path zhOut = dir.resolve("zh.xlsx");
            Path enOut = dir.resolve("en.xlsx");
            ExcelExporter.export(store, ExportRequest.allDocuments(), zhOut, ExportProgress.NONE, () -> false);
            ExcelExporter.export(store, ExportRequest.allDocuments().withLanguage(Locale.ENGLISH), enOut,
                    ExportProgress.NONE, () -> false);
            try (XSSFWorkbook zh = ExportFixture.read(zhOut); XSSFWorkbook en = ExportFixture.read(enOut)) {
                Row z = ExportFixture.onlyRow(zh.getSheet("修改记录"), Map.of());
                assertEquals("核实", text(cell(z, "操作")));
                assertEquals("状态", text(cell(z, "字段")));
                assertEquals("未审核", text(cell(z, "原值")));
                assertEquals("已核实", text(cell(z, "新值")));
                Row e = ExportFixture.onlyRow(en.getSheet("History"), Map.of());
                assertEquals("Verify", text(cell(e, "Action")));
                assertEquals("status", text(cell(e, "Field")));
                assertEquals("verified", text(cell(e, "New value")));
            }
        }
    }
}
