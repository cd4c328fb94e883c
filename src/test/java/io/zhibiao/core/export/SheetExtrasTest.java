package io.zhibiao.core.export;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Comments and links written past POI (only each sheet's first goes through it) read back as POI's own:
 * every comment on its cell with its text, author and box, every link on its cell to its place.
 */
class SheetExtrasTest {
    private static final int ROWS = 300;

    @TempDir
    Path dir;

    @Test
    void everyCommentAndLinkOfEverySheetIsReadBackOnItsCell() throws Exception {
        Path file = dir.resolve("extras.xlsx");
        FastZipWorkbook wb = new FastZipWorkbook();
        try {
            WorkbookStyles styles = new WorkbookStyles(wb, true);
            for (String name : List.of("Links & notes", "Notes", "Plain")) {
                SheetWriter w = new SheetWriter(wb, styles, name, List.of("a", "b", "c"), 1);
                for (int r = 0; r < ROWS; r++) {
                    Map<Integer, String> notes = name.equals("Plain") ? Map.of()
                            : Map.of(r % 3, "第" + r + "行 <b>&\u0001“引号”\n下一行");
                    Map<Integer, String> links = name.startsWith("Links")
                            ? Map.of(1, SheetWriter.location("Notes", r + 1, 2)) : Map.of();
                    w.row(List.of(ExportCell.text("x" + r), ExportCell.number(r * 1.0, "0"), ExportCell.text("z")),
                            notes, links);
                }
                w.finish();
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        } finally {
            wb.dispose();
            wb.close();
        }
        try (XSSFWorkbook read = ExportFixture.read(file)) {
            for (String name : List.of("Links & notes", "Notes")) {
                XSSFSheet s = read.getSheet(name);
                assertEquals(ROWS, s.getCellComments().size(), name);
                for (int r = 0; r < ROWS; r++) {
                    Comment c = s.getCellComment(new CellAddress(r + 1, r % 3));
                    assertNotNull(c, name + " row " + r);
                    assertEquals("第" + r + "行 <b>&?“引号”\n下一行", c.getString().getString());
                    assertEquals("Zhibiao", c.getAuthor());
                    ClientAnchor box = c.getClientAnchor();
                    assertEquals(r + 1, box.getRow1(), "the box is drawn from the comment's row");
                    assertEquals(r % 3 + 1, box.getCol1(), "beside its cell");
                }
            }
            XSSFSheet linked = read.getSheet("Links & notes");
            List<XSSFHyperlink> links = linked.getHyperlinkList();
            assertEquals(ROWS, links.size());
            for (int r = 0; r < ROWS; r++) {
                XSSFHyperlink l = linked.getRow(r + 1).getCell(1).getHyperlink();
                assertNotNull(l, "row " + r);
                assertEquals("'Notes'!C" + (r + 2), l.getAddress());
            }
            assertTrue(read.getSheet("Notes").getHyperlinkList().isEmpty());
            assertNull(read.getSheet("Plain").getCellComment(new CellAddress(1, 0)));
        }
    }
}
