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
    /** Fonts by the marks that change the font: missed (red bold) and estimated (italic). */
    private final Font[] fonts = new Font[4];

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
    }

    CellStyle header() {
        return header;
    }

    /**
     * The style of a cell. Text that starts like a formula gets Excel's quote prefix, so it stays text
     * even when someone edits the cell and presses Enter. The cell's marks ({@link ExportCell#marks()})
     * pick a red font, an orange fill or an italic font on light blue.
     */
    CellStyle of(ExportCell cell) {
        boolean quoted = cell.isText() && CsvCells.looksLikeFormula((String) cell.value());
        CellStyle[] variants = cache.computeIfAbsent(cell.format() == null ? "" : cell.format(),
                k -> new CellStyle[32]);
        int variant = (cell.wrap() ? 1 : 0) | (quoted ? 2 : 0) | (cell.marks() & 7) << 2;
        if (variants[variant] == null) {
            variants[variant] = create(cell.format(), cell.wrap(), quoted, cell.marks());
        }
        return variants[variant];
    }

    private CellStyle create(String format, boolean wrap, boolean quoted, int marks) {
        CellStyle s = workbook.createCellStyle();
        s.setVerticalAlignment(VerticalAlignment.TOP);
        if (format != null) {
            s.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        s.setWrapText(wrap);
        s.setQuotePrefixed(quoted);
        int fontMarks = (marks & ExportCell.MISSED) != 0 ? 1 : 0;
        fontMarks |= (marks & ExportCell.ESTIMATED) != 0 ? 2 : 0;
        if (fontMarks != 0) {
            s.setFont(font(fontMarks));
        }
        // a conflict outweighs an estimate: orange tells the analyst to look before quoting the figure
        if ((marks & ExportCell.CONFLICT) != 0) {
            s.setFillForegroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        } else if ((marks & ExportCell.ESTIMATED) != 0) {
            s.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return s;
    }

    private Font font(int fontMarks) {
        if (fonts[fontMarks] == null) {
            Font f = workbook.createFont();
            if ((fontMarks & 1) != 0) {
                f.setColor(IndexedColors.RED.getIndex());
                f.setBold(true);
            }
            f.setItalic((fontMarks & 2) != 0);
            fonts[fontMarks] = f;
        }
        return fonts[fontMarks];
    }
}
