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
    private final Map<String, CellStyle> cache = new HashMap<>();
    private final CellStyle header;
    private final CellStyle title;
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
        title = workbook.createCellStyle();
        title.setFont(bold);
        redFont = workbook.createFont();
        redFont.setColor(IndexedColors.RED.getIndex());
        redFont.setBold(true);
    }

    CellStyle header() {
        return header;
    }

    CellStyle title() {
        return title;
    }

    /**
     * The style of a cell. Text that starts like a formula gets Excel's quote prefix, so it stays text
     * even when someone edits the cell and presses Enter.
     */
    CellStyle of(ExportCell cell, boolean highlighted) {
        boolean quoted = cell.isText() && CsvCells.looksLikeFormula((String) cell.value());
        String key = cell.format() + "|" + cell.wrap() + "|" + quoted + "|" + highlighted;
        return cache.computeIfAbsent(key, k -> create(cell.format(), cell.wrap(), quoted, highlighted));
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
