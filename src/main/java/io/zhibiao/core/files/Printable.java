package io.zhibiao.core.files;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Names from outside, file names above all, as they may be shown on a terminal or in a dialog. A file name
 * may hold any character but '/': a new line in one forges a line of output, a right-to-left override
 * (U+202E) before "txt.exe" shows "exe.txt". Control characters, format characters (bidi marks and
 * overrides, zero-width characters) and line separators are written as escapes: a backslash and n, t or r,
 * or a backslash, u and four hex digits, as in Java source. Every other character, Chinese included, stays
 * as it is.
 */
public final class Printable {
    private Printable() {
    }

    public static String path(Path path) {
        return text(path.toString());
    }

    public static String text(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int units = Character.charCount(codePoint);
            String escape = escape(codePoint);
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(escape != null ? escape : text.substring(i, i + units));
            }
            i += units;
        }
        return out == null ? text : out.toString();
    }

    /** The escape for one character, or null when it is shown as it is. */
    private static String escape(int codePoint) {
        switch (codePoint) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        int type = Character.getType(codePoint);
        if (type != Character.CONTROL && type != Character.FORMAT && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR && type != Character.SURROGATE) {
            return null;
        }
        StringBuilder escape = new StringBuilder();
        // as Java writes it: a character beyond the first plane (a tag character) as its two UTF-16 units
        for (char unit : Character.toChars(codePoint)) {
            escape.append(String.format(Locale.ROOT, "\\u%04X", (int) unit));
        }
        return escape.toString();
    }
}
