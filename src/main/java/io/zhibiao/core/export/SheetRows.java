package io.zhibiao.core.export;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;

import java.io.File;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.ExecutorService;

/**
 * The {@code <sheetData>} rows of one sheet, written as worksheet XML straight from the export's cells
 * and deflated on the workbook's compressing thread into a temporary file ({@link DeflatedPart}), which is
 * joined into the sheet's zip entry when the workbook is written.
 *
 * <p>This replaces POI's streaming rows for speed: SXSSF builds a row object and a cell object per
 * value, formats every cell reference and number through general-purpose code and encodes through a
 * character writer; for 100,000 indicators that was most of the export's time. The XML follows what
 * SXSSF writes (cell references, style indexes, inline strings with the same escaping), so the workbook
 * reads back with the same values, types and styles; it differs only in form: repeated short texts go
 * to the {@link SharedStrings} table, whole numbers have no trailing ".0", and numbers carry no type
 * attribute (number is the default).
 */
final class SheetRows implements AutoCloseable {
    private static final int BUFFER = 1 << 18;
    private static final byte[] ROW_END = bytes("</row>\n");
    private static final byte[] INLINE_STRING = bytes(" t=\"inlineStr\"><is><t");
    private static final byte[] PRESERVE = bytes(" xml:space=\"preserve\"");
    private static final byte[] STRING_END = bytes("</t></is></c>");
    private static final byte[] NUMBER = bytes("><v>");
    private static final byte[] SHARED = bytes(" t=\"s\"><v>");
    private static final byte[] NUMBER_END = bytes("</v></c>");

    private final SharedStrings shared;
    private final DeflatedPart part;
    private byte[] buf = new byte[BUFFER];
    private int pos;
    private byte[][] columnNames = new byte[0][];
    private byte[] rowNumber = new byte[0];

    SheetRows(SharedStrings shared, ExecutorService deflating) {
        this.shared = shared;
        this.part = new DeflatedPart(deflating);
    }

    /** Starts row {@code index} (0-based); rows must come in order. */
    void startRow(int index) {
        rowNumber = bytes(Integer.toString(index + 1));
        ascii("<row r=\"");
        put(rowNumber);
        ascii("\">\n");
    }

    void endRow() {
        put(ROW_END);
    }

    /**
     * One cell of the current row.
     *
     * @param value a String, Double, LocalDateTime or LocalDate
     * @param style the cell style's index in the workbook (0 for the default style)
     */
    void cell(int column, Object value, int style) {
        ascii("<c r=\"");
        put(columnName(column));
        put(rowNumber);
        ensure(1);
        buf[pos++] = '"';
        if (style != 0) {
            ascii(" s=\"");
            digits(style);
            ensure(1);
            buf[pos++] = '"';
        }
        int entry = value instanceof String s ? shared.indexOf(s) : -1;
        if (entry >= 0) {
            put(SHARED);
            digits(entry);
            put(NUMBER_END);
        } else if (value instanceof String s) {
            put(INLINE_STRING);
            if (!s.isEmpty() && (Character.isWhitespace(s.charAt(0))
                    || Character.isWhitespace(s.charAt(s.length() - 1)))) {
                put(PRESERVE);
            }
            ensure(1);
            buf[pos++] = '>';
            escaped(s);
            put(STRING_END);
        } else {
            put(NUMBER);
            number(serial(value));
            put(NUMBER_END);
        }
    }

    File file() {
        return part.file();
    }

    /** The rows deflated; complete once {@link #close()} returned. */
    DeflatedPart deflated() {
        return part;
    }

    /** The number Excel stores for a numeric or date value (dates as serial days, 1900 date system). */
    private static double serial(Object value) {
        if (value instanceof Double d) {
            return d;
        }
        if (value instanceof LocalDateTime t) {
            return DateUtil.getExcelDate(t);
        }
        if (value instanceof LocalDate d) {
            return DateUtil.getExcelDate(d.atStartOfDay());
        }
        throw new IllegalArgumentException("not a cell value: " + value.getClass().getName());
    }

    /** Finishes writing and waits for the rows to be deflated; they can then be copied, as often as needed. */
    @Override
    public void close() {
        flush();
        part.finish();
    }

    void delete() {
        part.delete();
    }

    private byte[] columnName(int column) {
        if (column >= columnNames.length) {
            byte[][] grown = new byte[Math.max(column + 1, columnNames.length * 2)][];
            System.arraycopy(columnNames, 0, grown, 0, columnNames.length);
            columnNames = grown;
        }
        if (columnNames[column] == null) {
            columnNames[column] = bytes(CellReference.convertNumToColString(column));
        }
        return columnNames[column];
    }

    /** A whole number without ".0" (Excel reads both alike); anything else as Java prints a double. */
    private void number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            long n = (long) d;
            if (n < 0) {
                ensure(1);
                buf[pos++] = '-';
                n = -n;
            }
            digits(n);
        } else {
            ascii(Double.toString(d));
        }
    }

    private void digits(long n) {
        ensure(20);
        int start = pos;
        do {
            buf[pos++] = (byte) ('0' + n % 10);
            n /= 10;
        } while (n > 0);
        for (int i = start, j = pos - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
    }

    /** UTF-8 with the escaping SXSSF applies: markup characters and line breaks as entities, controls as "?". */
    private void escaped(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            ensure(8);
            if (c < 0x80) {
                switch (c) {
                    case '<' -> ascii("&lt;");
                    case '>' -> ascii("&gt;");
                    case '&' -> ascii("&amp;");
                    case '"' -> ascii("&quot;");
                    case '\n' -> ascii("&#xa;");
                    case '\r' -> ascii("&#xd;");
                    case '\t' -> ascii("&#x9;");
                    default -> buf[pos++] = (byte) (c < ' ' ? '?' : c);
                }
            } else if (c < 0x800) {
                if (c == '\u00A0') {
                    ascii("&#xa0;");
                } else {
                    buf[pos++] = (byte) (0xC0 | c >> 6);
                    buf[pos++] = (byte) (0x80 | c & 0x3F);
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                buf[pos++] = (byte) (0xF0 | cp >> 18);
                buf[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[pos++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c) || c >= '\uFFFE') {
                // a lone surrogate cannot be encoded, and U+FFFE/U+FFFF are not XML characters
                buf[pos++] = '?';
            } else {
                buf[pos++] = (byte) (0xE0 | c >> 12);
                buf[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
                buf[pos++] = (byte) (0x80 | c & 0x3F);
            }
        }
    }

    private void ascii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[pos++] = (byte) s.charAt(i);
        }
    }

    private void put(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        pos += bytes.length;
    }

    private void ensure(int n) {
        if (pos + n > buf.length) {
            flush();
        }
    }

    /** Hands the full buffer to the compressing thread and goes on in another. */
    private void flush() {
        buf = part.swap(buf, pos);
        pos = 0;
    }

    private static byte[] bytes(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s.charAt(i);
        }
        return b;
    }
}
