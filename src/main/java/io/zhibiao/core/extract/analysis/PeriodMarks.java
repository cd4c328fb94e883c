package io.zhibiao.core.extract.analysis;

import io.zhibiao.core.extract.text.PhraseTrie;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a text opens a period: 五年来, 今后五年, “十三五”期间. Found in one pass over the text, so that each
 * value asks in constant time whether it stands in such a paragraph. A mark reaches to the end of its
 * paragraph (a line break), never further than {@link #REACH} characters.
 */
public final class PeriodMarks {
    /** A period a text speaks of, with where it was named. */
    public record Period(int from, int to, int at) {
    }

    static final int REACH = 1200;

    private final String text;
    private final List<Period> marks;

    private PeriodMarks(String text, List<Period> marks) {
        this.text = text;
        this.marks = marks;
    }

    public static PeriodMarks scan(String text, int reportYear, ReferenceCues cues) {
        List<Period> marks = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int at = i;
            Period p = cues.periodReview.longestAt(text, i, text.length(),
                    (years, s, e) -> new Period(reportYear - years, reportYear - 1, e));
            if (p == null) {
                p = cues.periodAhead.longestAt(text, i, text.length(),
                        (years, s, e) -> new Period(reportYear, reportYear + years - 1, e));
            }
            if (p == null) {
                p = plan(text, i, cues);
            }
            if (p != null && opensClause(text, at)) {
                marks.add(p);
                i = p.at();
            } else {
                i = at + 1;
            }
        }
        return new PeriodMarks(text, List.copyOf(marks));
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
        Integer end = cues.planPeriodWords.longestAt(text, after, Math.min(text.length(), after + 4), (w, s, e) -> e);
        return end == null ? null : new Period(m.value().from(), m.value().to(), end);
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
        if (best == null || pos - best.at() > REACH) {
            return null;
        }
        for (int k = best.at(); k < pos; k++) {
            if (text.charAt(k) == '\n' || isSingleYear(k)) {
                return null;
            }
        }
        return best;
    }

    /**
     * "在过去五年中，2022年是极不平凡的一年": a year named on its own after the mark turns the paragraph to that
     * year; a year that opens or closes a span (从2016年, 到2020年, 2016年以来) does not.
     */
    private boolean isSingleYear(int k) {
        if (k + 5 > text.length() || text.charAt(k + 4) != '年' || !(text.startsWith("20", k) || text.startsWith("19", k))
                || !Character.isDigit(text.charAt(k + 2)) || !Character.isDigit(text.charAt(k + 3))
                || k > 0 && Character.isDigit(text.charAt(k - 1))) {
            return false;
        }
        char before = k > 0 ? text.charAt(k - 1) : ' ';
        if ("从由自到至比较—-~～的".indexOf(before) >= 0) {
            return false;
        }
        int after = k + 5;
        return !(text.startsWith("以来", after) || text.startsWith("至", after) || text.startsWith("到", after)
                || text.startsWith("—", after) || text.startsWith("-", after) || text.startsWith("的", after));
    }
}
