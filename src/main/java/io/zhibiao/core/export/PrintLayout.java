package io.zhibiao.core.export;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import java.util.Set;

/**
 * Print setups a reader can read on paper: landscape A4 at a fixed scale of at least {@value #MIN_SCALE}%
 * (fit-to-width shrank a 33-column sheet to a microscopic print), the header row and the identifying columns
 * repeated on every page. Wide sheets print their key columns: the others are grouped and collapsed (the +
 * above the header shows them on screen), so a printout holds what identifies a figure and the figure.
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
        int[] widths = new int[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = sheet.getColumnWidth(i);
        }
        int start = -1;
        for (int i = 0; i <= columns; i++) {
            boolean grouped = i < columns && !key.contains(i);
            if (grouped && start < 0) {
                start = i;
            } else if (!grouped && start >= 0) {
                sheet.groupColumn(start, i - 1);
                sheet.setColumnGroupCollapsed(start, true);
                start = -1;
            }
        }
        // grouping splits POI's column ranges and loses their widths: the analyst who expands a group gets them back
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, widths[i]);
        }
        readable(sheet, columns, repeatedColumns);
    }
}
