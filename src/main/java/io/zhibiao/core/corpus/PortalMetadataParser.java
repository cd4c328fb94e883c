package io.zhibiao.core.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

import io.zhibiao.core.model.PortalMetadata;

/**
 * Recognises the metadata block of government portals ("索 引 号:011336909/2023-00617", "发布机构: ...",
 * "发布日期:2023年01月09日", "名  称:...") line by line and collects the fields. Labels are matched with
 * their inner spaces removed, since portals pad them to equal width.
 */
final class PortalMetadataParser {

    private enum Field { INDEX, PUBLISHER, DATE, DATE_FALLBACK, NAME, OTHER }

    private static final int MAX_LINE_LENGTH = 200;
    private static final int MAX_LABEL_CHARS = 6;

    /** Labels that may open a metadata line. */
    private static final Map<String, Field> LEADING_LABELS = Map.ofEntries(
            Map.entry("索引号", Field.INDEX),
            Map.entry("发布机构", Field.PUBLISHER), Map.entry("发文机关", Field.PUBLISHER), Map.entry("发布单位", Field.PUBLISHER),
            Map.entry("发布日期", Field.DATE), Map.entry("发布时间", Field.DATE), Map.entry("成文日期", Field.DATE_FALLBACK),
            Map.entry("名称", Field.NAME), Map.entry("标题", Field.NAME),
            Map.entry("文号", Field.OTHER), Map.entry("发文字号", Field.OTHER), Map.entry("主题分类", Field.OTHER),
            Map.entry("有效性", Field.OTHER), Map.entry("主题词", Field.OTHER), Map.entry("公开方式", Field.OTHER),
            Map.entry("公开范围", Field.OTHER), Map.entry("公开时限", Field.OTHER), Map.entry("体裁分类", Field.OTHER),
            Map.entry("组配分类", Field.OTHER), Map.entry("服务对象", Field.OTHER), Map.entry("信息来源", Field.OTHER),
            Map.entry("生效日期", Field.OTHER), Map.entry("废止日期", Field.OTHER), Map.entry("信息分类", Field.OTHER));

    /** Labels that may follow on the same line ("发布时间：2023-01-09  来源：市政府办"). */
    private static final Map<String, Field> FOLLOWING_LABELS = Map.of(
            "来源", Field.OTHER, "作者", Field.OTHER, "时间", Field.DATE_FALLBACK, "日期", Field.DATE_FALLBACK,
            "浏览次数", Field.OTHER, "点击数", Field.OTHER, "字号", Field.OTHER);

    private String indexNumber;
    private String publisher;
    private LocalDate publishedOn;
    private LocalDate fallbackDate;
    private String name;

    /** Parses original[start, end) if it is a metadata line; returns whether it was one. */
    boolean accept(String s, int start, int end) {
        if (end - start > MAX_LINE_LENGTH) {
            return false;
        }
        Label first = labelAt(s, start, end, LEADING_LABELS);
        if (first == null) {
            return false;
        }
        Label current = first;
        while (current != null) {
            int valueEnd = end;
            Label next = null;
            for (int i = current.valueStart; i < end; i++) {
                if (WidthNormalizer.isSpace(s.charAt(i)) && i + 1 < end && !WidthNormalizer.isSpace(s.charAt(i + 1))) {
                    Label candidate = labelAt(s, i + 1, end, LEADING_LABELS);
                    if (candidate == null) {
                        candidate = labelAt(s, i + 1, end, FOLLOWING_LABELS);
                    }
                    if (candidate != null) {
                        valueEnd = i;
                        next = candidate;
                        break;
                    }
                }
            }
            store(current.field, s.substring(current.valueStart, valueEnd).strip());
            current = next;
        }
        return true;
    }

    PortalMetadata result() {
        if (indexNumber == null && publisher == null && publishedOn == null && fallbackDate == null && name == null) {
            return PortalMetadata.EMPTY;
        }
        return new PortalMetadata(indexNumber, publisher, publishedOn != null ? publishedOn : fallbackDate, name);
    }

    private void store(Field field, String value) {
        if (value.isEmpty()) {
            return;
        }
        switch (field) {
            case INDEX -> indexNumber = indexNumber == null ? value : indexNumber;
            case PUBLISHER -> publisher = publisher == null ? value : publisher;
            case NAME -> name = name == null ? value : name;
            case DATE -> publishedOn = publishedOn == null ? parseDate(value) : publishedOn;
            case DATE_FALLBACK -> fallbackDate = fallbackDate == null ? parseDate(value) : fallbackDate;
            case OTHER -> { }
        }
    }

    private record Label(Field field, int valueStart) {
    }

    /** A known label starting at start (inner spaces allowed) followed by a colon, or null. */
    private static Label labelAt(String s, int start, int end, Map<String, Field> labels) {
        StringBuilder label = new StringBuilder(MAX_LABEL_CHARS);
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == ':' || c == '：') {
                Field field = labels.get(label.toString());
                return field == null ? null : new Label(field, i + 1);
            }
            if (WidthNormalizer.isSpace(c)) {
                continue;
            }
            if (!ChromeLineDetector.isHan(c) || label.length() == MAX_LABEL_CHARS) {
                return null;
            }
            label.append(c);
        }
        return null;
    }

    /** Reads year, month and day as the first three digit groups: 2023年01月09日, 2023-01-09, 2023/1/9 10:00. */
    static LocalDate parseDate(String value) {
        int[] parts = new int[3];
        int found = 0;
        int i = 0;
        while (i < value.length() && found < 3) {
            char c = WidthNormalizer.toHalfWidth(value.charAt(i));
            if (WidthNormalizer.isDigit(c)) {
                int number = 0;
                int digits = 0;
                while (i < value.length() && WidthNormalizer.isDigit(WidthNormalizer.toHalfWidth(value.charAt(i))) && digits < 5) {
                    number = number * 10 + (WidthNormalizer.toHalfWidth(value.charAt(i)) - '0');
                    digits++;
                    i++;
                }
                parts[found++] = number;
            } else {
                i++;
            }
        }
        if (found < 3 || parts[0] < 1900 || parts[0] > 2200) {
            return null;
        }
        try {
            return LocalDate.of(parts[0], parts[1], parts[2]);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
