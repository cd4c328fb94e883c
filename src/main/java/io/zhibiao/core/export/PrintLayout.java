package io.zhibiao.core.export;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCols;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

import java.util.Set;

/**
 * Print setups a reader can read on paper: landscape A4 at a fixed scale of at least {@value #MIN_SCALE}%
 * (fit-to-width shrank a 33-column sheet to a microscopic print), the header row and the identifying columns
 * repeated on every page. Wide sheets print their key columns: the others are grouped and collapsed (the +
 * above the header shows them on screen; Excel prints no hidden column), so a printout holds what identifies
 * a figure and the figure.
 */
final class PrintLayout {
    static final int MIN_SCALE = 70;
    /** Columns (in Excel's character widths) landscape A4 holds at 100% between Excel's default margins. */
    static final int PAGE_WIDTH = 140;

    private PrintLayout() {
    }

    /**
     * Landscape A4 at the largest scale from {@value #MIN_SCALE} to 100% that fits the visible columns on a
     * page's width (wider tables run on to further pages, with the first {@code repeatedColumns} repeated).
     */
    static void readable(SXSSFSheet sheet, int columns, int repeatedColumns) {
        int width = 0;
        for (int i = 0; i < columns; i++) {
            if (!sheet.isColumnHidden(i)) {
                width += sheet.getColumnWidth(i) / 256;
            }
        }
        int scale = width == 0 ? 100 : Math.max(MIN_SCALE, Math.min(100, PAGE_WIDTH * 100 / width));
        sheet.setFitToPage(false);
        sheet.setAutobreaks(false);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setScale((short) scale);
        print.setFitWidth((short) 0);
        print.setFitHeight((short) 0);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        if (repeatedColumns > 0) {
            sheet.setRepeatingColumns(CellRangeAddress.valueOf("A:"
                    + CellReference.convertNumToColString(repeatedColumns - 1)));
        }
    }

    /**
     * Groups and collapses every column but the {@code key} ones, then prints like {@link #readable}: the
     * printed page holds the key columns at a readable scale.
     */
    static void keyColumns(SXSSFSheet sheet, int columns, Set<Integer> key, int repeatedColumns) {
        // POI's column grouping leaves overlapping <col> ranges when groups lie side by side, which Excel
        // repairs on opening; the columns are written here one <col> each instead
        XSSFSheet xssf = sheet.getWorkbook().getXSSFWorkbook().getSheet(sheet.getSheetName());
        CTCols cols = CTCols.Factory.newInstance();
        for (int i = 0; i < columns; i++) {
            CTCol c = cols.addNewCol();
            c.setMin(i + 1L);
            c.setMax(i + 1L);
            c.setWidth(sheet.getColumnWidth(i) / 256.0);
            c.setCustomWidth(true);
            if (!key.contains(i)) {
                c.setHidden(true);
                c.setOutlineLevel((short) 1);
            } else if (i > 0 && !key.contains(i - 1)) {
                // Excel draws a group's button as "+" when the column after it says the group is collapsed
                c.setCollapsed(true);
            }
        }
        CTWorksheet ws = xssf.getCTWorksheet();
        ws.setColsArray(new CTCols[]{cols});
        (ws.isSetSheetFormatPr() ? ws.getSheetFormatPr() : ws.addNewSheetFormatPr()).setOutlineLevelCol((short) 1);
        readable(sheet, columns, repeatedColumns);
    }
}
