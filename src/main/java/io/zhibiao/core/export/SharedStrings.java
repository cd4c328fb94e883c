package io.zhibiao.core.export;

import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

import java.util.HashMap;
import java.util.Map;

/**
 * The workbook's table of repeated short texts (province, region, unit, status, indicator names...):
 * a cell then holds the text's number instead of the text. Most cells of a large export repeat a few
 * thousand values, so the sheet XML shrinks by about a quarter and is written and compressed faster;
 * Excel stores text this way itself. Long or unusual text stays inline in the cell, and the table
 * stops growing at {@value #MAX_ENTRIES} entries, so memory stays small whatever the export holds.
 */
final class SharedStrings {
    static final int MAX_LENGTH = 40;
    static final int MAX_ENTRIES = 20_000;

    private final SharedStringsTable table;
    private final Map<String, Integer> index = new HashMap<>();

    SharedStrings(SharedStringsTable table) {
        this.table = table;
    }

    /** The text's entry, added on first use; -1 when the text is written inline instead. */
    int indexOf(String s) {
        if (s.isEmpty() || s.length() > MAX_LENGTH) {
            return -1;
        }
        Integer known = index.get(s);
        if (known != null) {
            return known;
        }
        if (index.size() >= MAX_ENTRIES || !plain(s)) {
            return -1;
        }
        int added = table.addSharedStringItem(new XSSFRichTextString(s));
        index.put(s, added);
        return added;
    }

    /**
     * Text the table stores exactly as given: no spaces at the ends (they would need xml:space), no
     * control characters or surrogates (the inline writer has its own rules for those).
     */
    private static boolean plain(String s) {
        if (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || Character.isSurrogate(c) || c >= '\uFFFE' || c == '\u00A0') {
                return false;
            }
        }
        return true;
    }
}
