package io.zhibiao.core.export;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A disk that fills up half-way through an export: a clear message, no partial file, the old file intact. */
class FullDiskTest {
    private static final String DISK_FULL = "the disk is full. Free some space and export again; "
            + "the previous file is unchanged.";

    @TempDir
    Path dir;

    /** A stream that takes {@code room} bytes and then fails as the operating system does on a full disk. */
    static ExportTarget diskWithRoomFor(long room) {
        return new ExportTarget(file -> new FilterOutputStream(file) {
            long written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (written + len > room) {
                    throw new IOException("No space left on device");
                }
                written += len;
                out.write(b, off, len);
            }
        });
    }

    /** A workbook written the way the exporter writes its own (streaming, through the same zip writer). */
    private static void workbook(OutputStream out, int rows) throws IOException {
        SXSSFWorkbook wb = new FastZipWorkbook();
        try {
            Sheet sheet = wb.createSheet("Indicators");
            for (int i = 0; i < rows; i++) {
                Row r = sheet.createRow(i);
                r.createCell(0).setCellValue("地区生产总值增长 " + i);
                r.createCell(1).setCellValue(i * 1.5);
            }
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    @Test
    void workbookThatDoesNotFitFailsClearlyAndKeepsThePreviousOne() throws Exception {
        Path target = dir.resolve("briefing.xlsx");
        ExportTarget.write(target, out -> workbook(out, 10));
        byte[] previous = Files.readAllBytes(target);

        // every fill level from the first block to nearly the whole file
        int faults = 0;
        for (long room : List.of(0L, 1L, 512L, 4_096L, 30_000L, 60_000L)) {
            ExportException e = assertThrows(ExportException.class,
                    () -> diskWithRoomFor(room).replace(target, null, out -> workbook(out, 5_000)));
            assertEquals("Could not write " + target + ": " + DISK_FULL, e.getMessage());
            assertArrayEquals(previous, Files.readAllBytes(target), "the previous workbook is intact");
            assertEquals(List.of(target), files(), "no partial file is left");
            faults++;
        }
        try (XSSFWorkbook wb = ExportFixture.read(target)) {
            assertEquals(10, wb.getSheet("Indicators").getPhysicalNumberOfRows());
        }
        assertEquals(6, faults);
    }

    @Test
    void csvThatDoesNotFitFailsTheSameWay() throws Exception {
        Path target = dir.resolve("indicators.csv");
        Files.writeString(target, "previous\r\n");
        ExportException e = assertThrows(ExportException.class,
                () -> diskWithRoomFor(100_000).replace(target, null, out -> {
                    for (int i = 0; i < 50_000; i++) {
                        out.write(("地区生产总值," + i + "\r\n").getBytes(StandardCharsets.UTF_8));
                    }
                }));
        assertTrue(e.getMessage().endsWith(DISK_FULL), e.getMessage());
        assertEquals("previous\r\n", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void fullDiskInsideALibraryIsRecognisedThroughItsWrapping() {
        Path target = dir.resolve("briefing.xlsx");
        ExportException e = assertThrows(ExportException.class, () -> ExportTarget.write(target, out -> {
            throw new IllegalStateException("could not write sheet",
                    new IOException("There is not enough space on the disk"));
        }));
        assertTrue(e.getMessage().endsWith(DISK_FULL), e.getMessage());
        assertFalse(Files.exists(target));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
