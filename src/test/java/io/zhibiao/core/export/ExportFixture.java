package io.zhibiao.core.export;

import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.Store;
import io.zhibiao.testing.SampleReports;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A store with the three sample reports imported, and helpers to read an exported workbook back. */
final class ExportFixture {
    private static final DataFormatter TEXT = new DataFormatter();

    private ExportFixture() {
    }

    static Store storeWithSamples(Path dir) {
        Store store = Store.open(dir.resolve("store/zhibiao"));
        ImportService.withBundledData(store).importPaths(List.of(SampleReports.DIR), ImportListener.NONE, () -> false);
        return store;
    }

    static DocumentSummary document(Store store, String fileName) {
        return store.documents().listSummaries().stream().filter(d -> d.fileName().equals(fileName)).findFirst()
                .orElseThrow(() -> new AssertionError("no document " + fileName));
    }

    static StoredIndicator indicator(Store store, String fileName, Predicate<StoredIndicator> which) {
        return store.indicators().findByDocument(document(store, fileName).id()).stream().filter(which).findFirst()
                .orElseThrow(() -> new AssertionError("no such indicator in " + fileName));
    }

    static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Column index by header text. */
    static int column(Sheet sheet, String header) {
        Row h = sheet.getRow(0);
        for (Cell c : h) {
            if (header.equals(c.getStringCellValue())) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header + " in " + sheet.getSheetName());
    }

    /** Data rows whose cells (by header) show the given texts. */
    static List<Row> rows(Sheet sheet, Map<String, String> where) {
        List<Row> out = new ArrayList<>();
        for (Row r : sheet) {
            if (r.getRowNum() == 0) {
                continue;
            }
            boolean all = true;
            for (Map.Entry<String, String> e : where.entrySet()) {
                if (!e.getValue().equals(text(r.getCell(column(sheet, e.getKey()))))) {
                    all = false;
                    break;
                }
            }
            if (all) {
                out.add(r);
            }
        }
        return out;
    }

    static Row onlyRow(Sheet sheet, Map<String, String> where) {
        List<Row> rows = rows(sheet, where);
        if (rows.size() != 1) {
            throw new AssertionError(rows.size() + " rows match " + where + " in " + sheet.getSheetName());
        }
        return rows.get(0);
    }

    static Cell cell(Row row, String header) {
        return row.getCell(column(row.getSheet(), header));
    }

    /** What Excel shows in the cell (numbers with their format). */
    static String text(Cell c) {
        return c == null ? "" : TEXT.formatCellValue(c);
    }
}
