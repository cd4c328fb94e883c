package io.zhibiao.core.extract.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * 地区生产总值一季度、上半年、前三季度、全年分别增长3%、3.4%、4%、4.5%: the parts of the year a list of values is
 * for, read from the [partial_year] and [full_year] words of the reference cues.
 */
public final class YearParts {
    private static final int PARTIAL = 1 << ReferenceCues.ClauseCue.PARTIAL_YEAR.ordinal();
    private static final int FULL = 1 << ReferenceCues.ClauseCue.FULL_YEAR.ordinal();

    private YearParts() {
    }

    /** The parts of the year named in [from, to), in order: true for the whole year, false for a part of it. */
    public static List<Boolean> listed(CharSequence text, int from, int to) {
        ReferenceCues cues = ReferenceCues.bundled();
        List<Boolean> out = new ArrayList<>(4);
        int p = Math.max(0, from);
        while (p < to) {
            int at = p;
            Integer end = cues.clauseCues.longestAt(text, at, to, (bits, s, e) -> (bits & (PARTIAL | FULL)) != 0 ? e : null);
            if (end == null) {
                p++;
                continue;
            }
            out.add(cues.clauseCues.longestAt(text, at, to, (bits, s, e) -> (bits & FULL) != 0));
            p = end;
        }
        return out;
    }
}
