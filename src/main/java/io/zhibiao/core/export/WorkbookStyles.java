package io.zhibiao.core.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.HashMap;
import java.util.Map;

/**
 * The few cell styles of an export, created once per workbook: Excel allows about 64,000 styles, and
 * a style per cell would run out and bloat the file.
 */
final class WorkbookStyles {
    private final Workbook workbook;
    /** Styles by number format ("" for text), then by {@link #variant}; looked up for every cell. */
    private final Map<String, CellStyle[]> cache = new HashMap<>();
    private final CellStyle header;
    private final Font redFont;

    WorkbookStyles(Workbook workbook, boolean chinese) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        if (chinese) {
            bold.setFontName("等线");
        }
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        redFont = workbook.createFont();
        redFont.setColor(IndexedColors.RED.getIndex());
        redFont.setBold(true);
    }

    CellStyle header() {
        return header;
    }

    /**
     * The style of a cell. Text that starts like a formula gets Excel's quote prefix, so it stays text
     * even when someone edits the cell and presses Enter.
     */
    CellStyle of(ExportCell cell, boolean highlighted) {
        boolean quoted = cell.isText() && CsvCells.looksLikeFormula((String) cell.value());
        CellStyle[] variants = cache.computeIfAbsent(cell.format() == null ? "" : cell.format(),
                k -> new CellStyle[8]);
        int variant = (cell.wrap() ? 1 : 0) | (quoted ? 2 : 0) | (highlighted ? 4 : 0);
        if (variants[variant] == null) {
            variants[variant] = create(cell.format(), cell.wrap(), quoted, highlighted);
        }
        return variants[variant];
    }

    private CellStyle create(String format, boolean wrap, boolean quoted, boolean highlighted) {
        CellStyle s = workbook.createCellStyle();
        s.setVerticalAlignment(VerticalAlignment.TOP);
        if (format != null) {
            s.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        s.setWrapText(wrap);
        s.setQuotePrefixed(quoted);
        if (highlighted) {
            s.setFont(redFont);
        }
        return s;
    }
}
