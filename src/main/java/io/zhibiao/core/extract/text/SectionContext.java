package io.zhibiao.core.extract.text;

import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.ValueKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps every offset of a document to the section it lies in, from its headings: 工作回顾 / 过去一年 / 怎么看
 * announce results of the previous year, 预期目标 / 重点任务 / 怎么干 this year's targets; a year written in
 * the heading wins. A heading is a short line without a full stop, or the lead-in before a colon
 * ("2023年经济社会发展预期目标:地区生产总值增长7.5%…"). Built in one pass; lookups are binary searches.
 */
public final class SectionContext {
    private static final int MAX_HEADING = 40;

    private final int[] offsets;
    private final Section[] sections;
    private final Section initial;

    private SectionContext(int[] offsets, Section[] sections, Section initial) {
        this.offsets = offsets;
        this.sections = sections;
        this.initial = initial;
    }

    public static SectionContext build(CharSequence text, int reportYear, DocumentKind kind) {
        Section initial = kind == DocumentKind.COMPLETION_REPORT
                ? new Section(ValueKind.ACTUAL, reportYear, null) : Section.UNKNOWN;
        List<Integer> offs = new ArrayList<>();
        List<Section> secs = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        while (lineStart < n) {
            int lineEnd = lineStart;
            while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            int headingEnd = headingEnd(text, lineStart, lineEnd);
            if (headingEnd > lineStart) {
                String heading = text.subSequence(lineStart, headingEnd).toString().strip();
                Integer year = HeadingCues.yearIn(heading, 0, heading.length());
                ValueKind vk = HeadingCues.kindOf(heading, year, reportYear);
                if (vk != null) {
                    int y = year != null ? year : (vk == ValueKind.TARGET ? reportYear : defaultActualYear(reportYear, kind));
                    offs.add(lineStart);
                    secs.add(new Section(vk, y, heading));
                }
            }
            lineStart = lineEnd + 1;
        }
        int[] o = new int[offs.size()];
        for (int i = 0; i < o.length; i++) {
            o[i] = offs.get(i);
        }
        return new SectionContext(o, secs.toArray(new Section[0]), initial);
    }

    public static int defaultActualYear(int reportYear, DocumentKind kind) {
        return kind == DocumentKind.COMPLETION_REPORT ? reportYear : reportYear - 1;
    }

    /** The section governing {@code offset}. */
    public Section at(int offset) {
        int lo = 0;
        int hi = offsets.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (offsets[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? initial : sections[found];
    }

    /** Where the section governing {@code offset} starts: its heading's line, or 0 before the first heading. */
    public int startOf(int offset) {
        int i = java.util.Arrays.binarySearch(offsets, offset);
        int found = i >= 0 ? i : -i - 2;
        return found < 0 ? 0 : offsets[found];
    }

    /** Where the section governing {@code offset} ends: the next section's start, or MAX_VALUE for the last. */
    public int endOf(int offset) {
        int lo = 0;
        int hi = offsets.length - 1;
        int next = Integer.MAX_VALUE;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (offsets[mid] > offset) {
                next = offsets[mid];
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return next;
    }

    /** End of the heading part of a line: the whole short line, or the lead-in before a colon; else lineStart. */
    private static int headingEnd(CharSequence text, int lineStart, int lineEnd) {
        int limit = Math.min(lineEnd, lineStart + MAX_HEADING + 1);
        for (int i = lineStart; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '。') {
                return lineStart;
            }
            if (c == ':' || c == '：') {
                return i;
            }
        }
        if (lineEnd - lineStart <= MAX_HEADING) {
            return lineEnd;
        }
        return lineStart;
    }
}
