package io.zhibiao.core.export;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;

import java.util.List;
import java.util.Map;

/**
 * Writes one table sheet row by row: a styled header row, frozen and repeated on every printed page,
 * an autofilter over the table, columns as wide as their content (CJK counted double, capped), and
 * landscape A4 printing at a readable scale with the frozen columns repeated ({@link PrintLayout}).
 */
final class SheetWriter {
    /** Excel's limit for the text of one cell. */
    static final int MAX_CELL_TEXT = 32_767;
    private static final int MAX_WIDTH = 50;
    private static final int MAX_WRAP_WIDTH = 70;
    private static final int MAX_HEADER_WIDTH = 22;
    private static final int MAX_COMMENT_ROWS = 16;

    private final SXSSFSheet sheet;
    private final SheetRows rows;
    private final WorkbookStyles styles;
    private final CreationHelper helper;
    private final int columns;
    private final int[] widths;
    private final int frozenColumns;
    private final SheetExtras extras;
    private Drawing<?> drawing;
    private int nextRow;
    private int maxColumn;

    SheetWriter(FastZipWorkbook workbook, WorkbookStyles styles, String name, List<String> headers,
                int frozenColumns) {
        this.sheet = workbook.createSheet(name);
        this.rows = workbook.rowsOf(sheet);
        this.extras = workbook.extrasOf(sheet);
        this.styles = styles;
        this.helper = workbook.getCreationHelper();
        this.columns = headers.size();
        this.widths = new int[columns];
        this.frozenColumns = frozenColumns;
        this.maxColumn = columns - 1;
        int headerStyle = styles.header().getIndex() & 0xFFFF;
        rows.startRow(nextRow++);
        for (int i = 0; i < columns; i++) {
            rows.cell(i, clip(headers.get(i)), headerStyle);
            widths[i] = Math.min(DisplayWidth.of(headers.get(i)), MAX_HEADER_WIDTH);
        }
        rows.endRow();
    }

    SXSSFSheet sheet() {
        return sheet;
    }

    /** Writes a data row; returns its row index. */
    int row(List<ExportCell> cells) {
        return row(cells, Map.of(), Map.of());
    }

    /** @param comments cell comments by column (kept in memory until the workbook is written) */
    int row(List<ExportCell> cells, Map<Integer, String> comments) {
        return row(cells, comments, Map.of());
    }

    /**
     * @param comments cell comments by column (kept in memory until the workbook is written)
     * @param links    by column, a place in this workbook the cell links to ('Sheet'!A1)
     */
    int row(List<ExportCell> cells, Map<Integer, String> comments, Map<Integer, String> links) {
        int index = nextRow++;
        rows.startRow(index);
        for (int i = 0; i < cells.size(); i++) {
            ExportCell c = cells.get(i);
            Object v = c.value();
            if (v == null) {
                continue;
            }
            // a String always becomes a string cell: text is never read as a formula
            rows.cell(i, v instanceof String s ? clip(s) : v, styles.of(c).getIndex() & 0xFFFF);
            track(i, c);
            maxColumn = Math.max(maxColumn, i);
            String comment = comments.get(i);
            if (comment != null) {
                attachComment(index, i, comment);
            }
            String link = links.get(i);
            if (link != null) {
                attachLink(index, i, link);
            }
        }
        rows.endRow();
        return index;
    }

    static String clip(String s) {
        return s.length() <= MAX_CELL_TEXT ? s : s.substring(0, MAX_CELL_TEXT - 1) + "…";
    }

    private void track(int column, ExportCell c) {
        if (column >= columns) {
            return;
        }
        int w;
        if (c.value() instanceof String s) {
            int cap = c.wrap() ? MAX_WRAP_WIDTH : MAX_WIDTH;
            // a string at least as long as the cap is at least that wide: skip measuring long sentences
            w = s.length() >= cap ? cap : Math.min(DisplayWidth.of(s), cap);
        } else if (c.value() instanceof Double d) {
            // digits, separators and two decimals, without formatting every number (too slow for 100,000 rows)
            int digits = Math.abs(d) < 1 ? 1 : (int) Math.log10(Math.abs(d)) + 1;
            w = digits + digits / 3 + 4;
        } else {
            w = c.format() != null ? c.format().length() : 10;
        }
        widths[column] = Math.max(widths[column], w);
    }

    private void attachComment(int row, int column, String text) {
        String clipped = clip(text);
        // a box about as tall as the text: a list of candidates needs more than a sentence
        int height = Math.min(MAX_COMMENT_ROWS, 4 + clipped.length() / 40 + (int) clipped.lines().count());
        if (!extras.note(new SheetExtras.Note(row, column, height, clipped))) {
            return;
        }
        // the sheet's first comment also goes through POI, which sets up the parts the others are written to
        if (drawing == null) {
            drawing = sheet.createDrawingPatriarch();
        }
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(column + 1);
        anchor.setCol2(column + 6);
        anchor.setRow1(row);
        anchor.setRow2(row + height);
        Comment comment = drawing.createCellComment(anchor);
        // POI files the comment under the anchor's top-left cell (where the box is drawn); move it to the cell
        comment.setAddress(row, column);
        comment.setString(helper.createRichTextString(clipped));
        comment.setAuthor("Zhibiao");
    }

    /** A link to another place of the workbook; the sheet's first also goes through POI (see SheetExtras). */
    private void attachLink(int row, int column, String location) {
        if (!extras.link(new SheetExtras.Link(row, column, location))) {
            return;
        }
        XSSFHyperlink link = (XSSFHyperlink) helper.createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress(location);
        link.setCellReference(new CellReference(row, column).formatAsString(false));
        sheet.getWorkbook().getXSSFWorkbook().getSheet(sheet.getSheetName()).addHyperlink(link);
    }

    /** How another sheet's cell is named in a link: 'Sheet name'!A1. */
    static String location(String sheetName, int row, int column) {
        return "'" + sheetName.replace("'", "''") + "'!" + new CellReference(row, column).formatAsString(false);
    }

    int dataRows() {
        return nextRow - 1;
    }

    /** Column widths, frozen header, autofilter and print setup; call once after the last row. */
    void finish() {
        rows.close();
        sheet.getWorkbook().getXSSFWorkbook().getSheet(sheet.getSheetName()).setDimensionOverride(
                new CellRangeAddress(0, nextRow - 1, 0, Math.max(0, maxColumn)));
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, Math.min(255, widths[i] + 2) * 256);
        }
        sheet.createFreezePane(frozenColumns, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns - 1));
        PrintLayout.readable(sheet, columns, frozenColumns);
    }
}
