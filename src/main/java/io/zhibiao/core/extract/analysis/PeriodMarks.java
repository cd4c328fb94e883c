package io.zhibiao.core.extract.analysis;

import io.zhibiao.core.dictionary.PhraseTrie;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a text opens a period: 五年来, 今后五年, “十三五”期间, and where a paragraph turns back to one year. Found in
 * one pass over the text, with its line breaks, so that each value asks by binary searches whether it stands in
 * such a paragraph. A mark reaches to the end of its paragraph (a line break) or to a year named on its own,
 * never further than {@link #REACH} characters.
 */
public final class PeriodMarks {
    /**
     * A period a text speaks of, with where it was named. {@code atItsEnd} is set for “十三五”末: a level is then
     * the last year's own, while an average or a total is still over the whole period.
     */
    public record Period(int from, int to, int at, boolean atItsEnd) {
        Period(int from, int to, int at) {
            this(from, to, at, false);
        }
    }

    static final int REACH = 1200;

    private final List<Period> marks;
    /** Where a year is named on its own (2021年是…): a mark's period stops there. */
    private final int[] singleYears;
    /** Where a paragraph turns to one year (一年来, or a year on its own): a heading's period stops there. */
    private final int[] resets;
    private final int[] lineBreaks;
    /** The line breaks after which the text does not go on with a dash item (——): a mark's paragraph ends there. */
    private final int[] paragraphEnds;
    /**
     * Where a paragraph opens on the year of the results (2020年是极不平凡的一年。; 一年来，…): under a heading of
     * several years the text has come to that year, and the paragraphs after it go on about it.
     */
    private final int[] paragraphsOpeningOnTheYear;

    private PeriodMarks(List<Period> marks, int[] singleYears, int[] resets, int[] lineBreaks,
                        int[] paragraphEnds, int[] paragraphsOpeningOnTheYear) {
        this.marks = marks;
        this.singleYears = singleYears;
        this.resets = resets;
        this.lineBreaks = lineBreaks;
        this.paragraphEnds = paragraphEnds;
        this.paragraphsOpeningOnTheYear = paragraphsOpeningOnTheYear;
    }

    public static PeriodMarks scan(String text, int reportYear, ReferenceCues cues) {
        List<Period> marks = new ArrayList<>();
        List<Integer> singleYears = new ArrayList<>();
        List<Integer> resets = new ArrayList<>();
        List<Integer> lineBreaks = new ArrayList<>();
        List<Integer> paragraphEnds = new ArrayList<>();
        List<Integer> openingOnTheYear = new ArrayList<>();
        PhraseTrie.Hit<Integer, Period> review = (years, s, e) -> new Period(reportYear - years, reportYear - 1, e);
        PhraseTrie.Hit<Integer, Period> ahead = (years, s, e) -> new Period(reportYear, reportYear + years - 1, e);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineBreaks.add(i);
                if (!dashItemFollows(text, i + 1)) {
                    paragraphEnds.add(i);
                }
                i++;
                continue;
            }
            if ((c == '1' || c == '2') && HeadingYears.isSingleYear(text, i)) {
                singleYears.add(i);
                resets.add(i);
                if (opensParagraph(text, i) && Integer.parseInt(text.substring(i, i + 4)) == reportYear - 1) {
                    openingOnTheYear.add(i);
                }
                i += 5;
                continue;
            }
            if (!cues.periodFirsts.get(c)) {
                i++;
                continue;
            }
            Integer reset = cues.periodReset.longestAt(text, i, n, (w, s, e) -> e);
            if (reset != null) {
                resets.add(i);
                if (opensParagraph(text, i)) {
                    openingOnTheYear.add(i);
                }
                i = reset;
                continue;
            }
            Period p = cues.periodReview.longestAt(text, i, n, review);
            if (p == null) {
                p = cues.periodAhead.longestAt(text, i, n, ahead);
            }
            if (p == null) {
                p = plan(text, i, cues);
            }
            if (p != null && (opensClause(text, i) || closesOpeningSentence(text, i, p.at()))) {
                marks.add(p);
                i = p.at();
            } else {
                i++;
            }
        }
        return new PeriodMarks(List.copyOf(marks), ints(singleYears), ints(resets), ints(lineBreaks),
                ints(paragraphEnds), ints(openingOnTheYear));
    }

    /**
     * 过去五年…： followed by ——经济实力实现重大跨越。…, ——人民生活水平明显提高。…: the dash items go on with the period
     * of the paragraph that opened the list. True when the next line with text starts with a dash.
     */
    private static boolean dashItemFollows(String text, int from) {
        int k = from;
        while (k < text.length() && (text.charAt(k) == '\n' || text.charAt(k) == '\r' || text.charAt(k) == ' '
                || text.charAt(k) == '\u3000')) {
            k++;
        }
        return k + 1 < text.length() && text.charAt(k) == '—' && text.charAt(k + 1) == '—';
    }

    /** True when {@code at} starts its paragraph, blanks and quotation marks aside. */
    private static boolean opensParagraph(String text, int at) {
        int k = at;
        while (k > 0 && " \u3000\t“\"「".indexOf(text.charAt(k - 1)) >= 0) {
            k--;
        }
        return k == 0 || text.charAt(k - 1) == '\n';
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * 五年来，… opens a clause; 增速达到十年来最好水平 only compares. A mark counts where it starts its clause,
     * after a quotation mark or 在/回顾/纵观 at most.
     */
    private static boolean opensClause(String text, int at) {
        int k = at;
        while (k > 0 && "“\"「".indexOf(text.charAt(k - 1)) >= 0) {
            k--;
        }
        for (String lead : new String[]{"在", "回顾", "纵观", "回首"}) {
            if (k >= lead.length() && text.startsWith(lead, k - lead.length())) {
                k -= lead.length();
                break;
            }
        }
        return k == 0 || "\n。！？；，：、 　*".indexOf(text.charAt(k - 1)) >= 0;
    }

    /**
     * 这是综合实力稳步提升的五年。: a paragraph whose first sentence ends on the period speaks of that period,
     * though the words do not open a clause; 增速达到十年来最好水平 goes on after them, so it only compares.
     */
    private static boolean closesOpeningSentence(String text, int at, int end) {
        if (end >= text.length() || "。，！；：".indexOf(text.charAt(end)) < 0) {
            return false;
        }
        for (int k = at - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == '\n') {
                return true;
            }
            if ("。！？".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** “十三五”期间 (quotation marks optional): the plan's years; 十三五规划 alone names a document, not years. */
    private static Period plan(String text, int i, ReferenceCues cues) {
        PhraseTrie.Match<ReferenceCues.Plan> m = cues.plans.longestAt(text, i, text.length(), PhraseTrie.Hit.match());
        if (m == null) {
            return null;
        }
        int after = m.end();
        while (after < text.length() && "”\"’'」".indexOf(text.charAt(after)) >= 0) {
            after++;
        }
        int limit = Math.min(text.length(), after + 4);
        Integer last = cues.planEndWords.longestAt(text, after, limit, (w, s, e) -> e);
        if (last != null) {
            // “十三五”末: the plan's last year alone
            return new Period(m.value().from(), m.value().to(), last, true);
        }
        Integer end = cues.planPeriodWords.longestAt(text, after, limit, (w, s, e) -> e);
        return end == null ? null : new Period(m.value().from(), m.value().to(), end);
    }

    /**
     * The period a heading announces (一、过去五年工作回顾, “十三五”时期回顾), or null; a heading that also names a
     * single year (2017年和过去五年工作回顾) announces that year's results as well, so no period.
     */
    static Period ofHeading(String heading, int reportYear, ReferenceCues cues) {
        if (heading == null) {
            return null;
        }
        for (int i = 0; i < heading.length(); i++) {
            Period p = planAndYear(heading, i, cues);
            if (p != null) {
                return p;
            }
        }
        for (int i = 0; i < heading.length(); i++) {
            if (HeadingYears.isSingleYear(heading, i)) {
                return null;
            }
        }
        for (int i = 0; i < heading.length(); i++) {
            Period p = cues.periodReview.longestAt(heading, i, heading.length(),
                    (years, s, e) -> new Period(reportYear - years, reportYear - 1, e));
            if (p == null) {
                p = cues.periodAhead.longestAt(heading, i, heading.length(),
                        (years, s, e) -> new Period(reportYear, reportYear + years - 1, e));
            }
            if (p == null) {
                p = plan(heading, i, cues);
            }
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** 一、“十三五”及2020年工作回顾: in a heading, a plan's name joined to a year reviews the plan's years. */
    private static Period planAndYear(String heading, int i, ReferenceCues cues) {
        PhraseTrie.Match<ReferenceCues.Plan> m = cues.plans.longestAt(heading, i, heading.length(), PhraseTrie.Hit.match());
        if (m == null) {
            return null;
        }
        int after = m.end();
        while (after < heading.length() && "”\"’'」".indexOf(heading.charAt(after)) >= 0) {
            after++;
        }
        return after < heading.length() && "及和暨".indexOf(heading.charAt(after)) >= 0
                ? new Period(m.value().from(), m.value().to(), after) : null;
    }

    /** True when the paragraph of {@code pos} has turned to one year before it (一年来，…; 2021年是…). */
    public boolean paragraphTurnedToOneYear(int pos) {
        int last = lastBefore(resets, pos);
        return last >= 0 && pos - resets[last] <= REACH && !anyIn(lineBreaks, resets[last], pos);
    }

    /**
     * True when a paragraph between {@code from} and {@code pos} opened on the year of the results: a heading's
     * period (一、“十三五”时期回顾) then no longer holds for the paragraphs that follow it.
     */
    public boolean cameToTheYearBetween(int from, int pos) {
        return anyIn(paragraphsOpeningOnTheYear, from, pos + 1);
    }

    /** The period whose paragraph {@code pos} stands in, or null. */
    public Period at(int pos) {
        int lo = 0;
        int hi = marks.size() - 1;
        Period best = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (marks.get(mid).at() <= pos) {
                best = marks.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (best == null || anyIn(paragraphEnds, best.at(), pos) || anyIn(singleYears, best.at(), pos)) {
            return null;
        }
        boolean sameParagraph = !anyIn(lineBreaks, best.at(), pos);
        // within its own paragraph a mark reaches REACH characters; a dash item after it, REACH into the item
        int from = sameParagraph ? best.at() : lineBreaks[lastBefore(lineBreaks, pos)];
        return pos - from > REACH ? null : best;
    }

    /** The index of the last position before {@code pos} in a sorted array, or -1. */
    private static int lastBefore(int[] sorted, int pos) {
        int i = java.util.Arrays.binarySearch(sorted, pos);
        return i >= 0 ? i - 1 : -i - 2;
    }

    /** True when a sorted array holds a position in [from, to). */
    private static boolean anyIn(int[] sorted, int from, int to) {
        int i = java.util.Arrays.binarySearch(sorted, from);
        int next = i >= 0 ? i : -i - 1;
        return next < sorted.length && sorted[next] < to;
    }
}
