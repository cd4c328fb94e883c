package io.zhibiao.core.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rows the export writes as XML itself read back with POI's full (non-streaming) reader exactly as
 * the cells were given: awkward text, numbers of every size, dates, styles, gaps, comments, and the sheet
 * settings POI keeps writing around them.
 */
class SheetRowsTest {
    @TempDir
    Path dir;

    private static final List<String> AWKWARD = List.of(
            "<b>&\"quoted\"</b>",
            "  leading and trailing spaces  ",
            "line one\nline two\r\nthree\tcolumns",
            "=SUM(A1:A9)",
            "增长8%左右，力争更高",
            "emoji 📈 outside the basic plane",
            "no\u00A0break",
            "control\u0001char",
            "lone \uD800 surrogate");

    @Test
    void everyCellReadsBackWithItsValueTypeAndStyle() throws IOException {
        LocalDateTime at = LocalDateTime.of(2024, 3, 5, 14, 30, 15);
        try (XSSFWorkbook wb = write(w -> {
            for (String s : AWKWARD) {
                w.row(List.of(ExportCell.text(s), ExportCell.EMPTY, ExportCell.number(-1234.5, NumberFormats.AMOUNT)));
            }
            w.row(List.of(ExportCell.integer(2024L), ExportCell.number(0.1, NumberFormats.GROWTH),
                    ExportCell.number(1e20, NumberFormats.AMOUNT), ExportCell.dateTime(at),
                    ExportCell.date(LocalDate.of(2023, 12, 31)), ExportCell.number(-7.0, NumberFormats.GROWTH)));
        })) {
            XSSFSheet s = wb.getSheetAt(0);
            for (int i = 0; i < AWKWARD.size(); i++) {
                Row r = s.getRow(i + 1);
                assertEquals(expected(AWKWARD.get(i)), r.getCell(0).getStringCellValue(), "row " + (i + 1));
                assertEquals(CellType.STRING, r.getCell(0).getCellType());
                assertNull(r.getCell(1), "an empty cell stays absent");
                assertEquals(-1234.5, r.getCell(2).getNumericCellValue());
                assertEquals(NumberFormats.AMOUNT, r.getCell(2).getCellStyle().getDataFormatString());
            }
            assertTrue(s.getRow(4).getCell(0).getCellStyle().getQuotePrefixed(), "formula-like text keeps its quote");
            Row numbers = s.getRow(AWKWARD.size() + 1);
            assertEquals(2024.0, numbers.getCell(0).getNumericCellValue());
            assertEquals(0.1, numbers.getCell(1).getNumericCellValue());
            assertEquals(1e20, numbers.getCell(2).getNumericCellValue());
            assertEquals(at, numbers.getCell(3).getLocalDateTimeCellValue());
            assertEquals(NumberFormats.DATE_TIME, numbers.getCell(3).getCellStyle().getDataFormatString());
            assertEquals(LocalDate.of(2023, 12, 31), numbers.getCell(4).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(-7.0, numbers.getCell(5).getNumericCellValue());
            assertEquals("A1:F" + (AWKWARD.size() + 2), s.getCTWorksheet().getDimension().getRef());
        }
    }

    @Test
    void sheetKeepsHeaderPaneFilterPrintSetupAndComments() throws IOException {
        try (XSSFWorkbook wb = write(w -> {
            w.row(List.of(ExportCell.text("a"), ExportCell.number(8.0, NumberFormats.GROWTH)
                    .marked(ExportCell.MISSED)), Map.of(1, "GDP增长8%左右"));
            w.row(List.of(ExportCell.text("b"), ExportCell.number(9.5, NumberFormats.GROWTH)));
        })) {
            XSSFSheet s = wb.getSheetAt(0);
            Cell header = s.getRow(0).getCell(0);
            assertEquals("Name", header.getStringCellValue());
            assertTrue(wb.getFontAt(header.getCellStyle().getFontIndex()).getBold());
            PaneInformation pane = s.getPaneInformation();
            assertTrue(pane.isFreezePane());
            assertEquals(1, pane.getHorizontalSplitPosition());
            assertEquals("A1:F3", s.getCTWorksheet().getAutoFilter().getRef());
            assertTrue(s.getPrintSetup().getLandscape());
            assertEquals("1:1", s.getRepeatingRows().formatAsString().replace("$", ""));
            Comment comment = s.getCellComment(new CellAddress(1, 1));
            assertNotNull(comment);
            assertEquals("GDP增长8%左右", comment.getString().getString());
            assertEquals(comment.getString().getString(), s.getRow(1).getCell(1).getCellComment().getString().getString());
            assertTrue(wb.getFontAt(s.getRow(1).getCell(1).getCellStyle().getFontIndex()).getBold(), "highlighted");
            assertFalse(wb.getFontAt(s.getRow(2).getCell(1).getCellStyle().getFontIndex()).getBold());
            assertTrue(s.getColumnWidth(0) >= 256 * 4);
        }
    }

    @Test
    void repeatedShortTextIsSharedOnceAndLongTextStaysInTheCell() throws IOException {
        String sentence = "全年地区生产总值增长8%左右，一般公共预算收入增长6%，城镇调查失业率控制在5.5%以内。".repeat(2);
        try (XSSFWorkbook wb = write(w -> {
            for (int i = 0; i < 3; i++) {
                w.row(List.of(ExportCell.text("河北省"), ExportCell.longText(sentence), ExportCell.text(" padded ")));
            }
        })) {
            XSSFSheet s = wb.getSheetAt(0);
            for (int i = 1; i <= 3; i++) {
                assertEquals("河北省", s.getRow(i).getCell(0).getStringCellValue());
                assertEquals(sentence, s.getRow(i).getCell(1).getStringCellValue());
                assertEquals(" padded ", s.getRow(i).getCell(2).getStringCellValue());
            }
            List<String> table = wb.getSharedStringSource().getSharedStringItems().stream()
                    .map(Object::toString).toList();
            assertEquals(1, table.stream().filter("河北省"::equals).count(), table.toString());
            assertFalse(table.contains(sentence), "long text stays inline");
            assertFalse(table.contains(" padded "), "text with edge spaces stays inline");
        }
    }

    @Test
    void temporaryRowFilesAreDeletedWithTheWorkbook() throws IOException {
        FastZipWorkbook wb = new FastZipWorkbook();
        SheetWriter w = new SheetWriter(wb, new WorkbookStyles(wb, false), "S", List.of("x"), 0);
        w.row(List.of(ExportCell.text("y")));
        w.finish();
        Path file = wb.rowsOf(w.sheet()).file().toPath();
        assertTrue(Files.exists(file));
        wb.dispose();
        wb.close();
        assertFalse(Files.exists(file));
    }

    /**
     * The rows are deflated on another thread and joined into the sheet's entry: a sheet of many megabytes (many
     * chunks) must come out as a zip whose directory lists every part with sizes and checksums that hold, as
     * Excel and LibreOffice read it, not only as POI's forgiving reader does.
     */
    @Test
    void aLargeSheetDeflatedBesideTheExportIsAWellFormedZipEntry() throws IOException {
        Path file = dir.resolve("large.xlsx");
        FastZipWorkbook wb = new FastZipWorkbook();
        int rows = 40_000;
        try {
            SheetWriter w = new SheetWriter(wb, new WorkbookStyles(wb, false), "Large", List.of("n", "text"), 1);
            for (int i = 0; i < rows; i++) {
                w.row(List.of(ExportCell.number((double) i, "0"), ExportCell.text("第" + i + "行 row text that repeats " + i)));
            }
            w.finish();
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
        } finally {
            wb.dispose();
            wb.close();
        }
        long sheetBytes = 0;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (var e : java.util.Collections.list(zip.entries())) {
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                long size = 0;
                try (var in = zip.getInputStream(e)) {
                    byte[] b = new byte[1 << 16];
                    for (int n; (n = in.read(b)) > 0; size += n) {
                        crc.update(b, 0, n);
                    }
                }
                assertEquals(e.getSize(), size, e.getName());
                assertEquals(e.getCrc(), crc.getValue(), e.getName());
                if (e.getName().startsWith("xl/worksheets/sheet")) {
                    sheetBytes += size;
                }
            }
            assertNotNull(zip.getEntry("xl/worksheets/sheet1.xml"), "the sheet is in the zip's directory");
        }
        assertTrue(sheetBytes > 2_000_000, "the sheet spans many chunks: " + sheetBytes);
        try (XSSFWorkbook read = ExportFixture.read(file)) {
            XSSFSheet sheet = read.getSheet("Large");
            assertEquals(rows, sheet.getLastRowNum());
            assertEquals("第39999行 row text that repeats 39999", sheet.getRow(rows).getCell(1).getStringCellValue());
        }
    }

    /** What XML can carry of the text: control characters and lone surrogates become "?". */
    private static String expected(String s) {
        return s.replace('\u0001', '?').replace('\uD800', '?');
    }

    private interface Rows {
        void write(SheetWriter w);
    }

    private XSSFWorkbook write(Rows rows) throws IOException {
        Path file = dir.resolve("t.xlsx");
        FastZipWorkbook wb = new FastZipWorkbook();
        try {
            WorkbookStyles styles = new WorkbookStyles(wb, Labels.of(Locale.ENGLISH).chinese());
            SheetWriter w = new SheetWriter(wb, styles, "Sheet", List.of("Name", "Value", "C", "D", "E", "F"), 1);
            rows.write(w);
            w.finish();
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
        } finally {
            wb.dispose();
            wb.close();
        }
        return ExportFixture.read(file);
    }
}
