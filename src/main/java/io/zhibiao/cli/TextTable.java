package io.zhibiao.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A plain-text table that stays aligned with Chinese text (CJK characters take two terminal columns). */
final class TextTable {
    private static final int MAX_CELL = 36;

    private TextTable() {
    }

    static String render(List<String> headers, List<Map<String, Object>> rows) {
        List<List<String>> cells = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            List<String> line = new ArrayList<>();
            for (Object v : row.values()) {
                line.add(truncate(v == null ? "-" : v.toString()));
            }
            cells.add(line);
        }
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(headers.get(i));
            for (List<String> line : cells) {
                widths[i] = Math.max(widths[i], width(line.get(i)));
            }
        }
        StringBuilder sb = new StringBuilder();
        appendLine(sb, headers, widths);
        for (List<String> line : cells) {
            appendLine(sb, line, widths);
        }
        return sb.toString();
    }

    private static void appendLine(StringBuilder sb, List<String> line, int[] widths) {
        for (int i = 0; i < line.size(); i++) {
            String s = line.get(i);
            sb.append(s);
            if (i < line.size() - 1) {
                sb.append(" ".repeat(widths[i] - width(s) + 2));
            }
        }
        sb.append(System.lineSeparator());
    }

    private static String truncate(String s) {
        String oneLine = s.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() > MAX_CELL ? oneLine.substring(0, MAX_CELL - 1) + "…" : oneLine;
    }

    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
