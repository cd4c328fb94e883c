package io.zhibiao.cli;

import io.zhibiao.core.export.DisplayWidth;

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
            widths[i] = DisplayWidth.of(headers.get(i));
            for (List<String> line : cells) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(line.get(i)));
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
                sb.append(" ".repeat(widths[i] - DisplayWidth.of(s) + 2));
            }
        }
        sb.append(System.lineSeparator());
    }

    private static String truncate(String s) {
        String oneLine = s.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() > MAX_CELL ? oneLine.substring(0, MAX_CELL - 1) + "…" : oneLine;
    }
}
