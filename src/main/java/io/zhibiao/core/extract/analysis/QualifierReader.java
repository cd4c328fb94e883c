package io.zhibiao.core.extract.analysis;

import io.zhibiao.core.extract.cues.ValueWords;
import io.zhibiao.core.extract.scan.Quantity;
import io.zhibiao.core.model.Qualifier;

/**
 * How a value bounds the quantity: words after the unit (以上, 以内, 左右) win over words before the number
 * (不低于, 突破, 控制在, 约), since "控制在3%左右" means about 3%.
 */
public final class QualifierReader {
    /** The qualifier and the end of the text it used after the quantity. */
    public record Reading(Qualifier qualifier, int end) {
    }

    private static final String[] SUFFIX_GE = ValueWords.QUALIFIER_GE_AFTER;
    private static final String[] SUFFIX_LE = ValueWords.QUALIFIER_LE_AFTER;
    private static final String[] SUFFIX_APPROX = ValueWords.QUALIFIER_APPROX_AFTER;
    private static final String[] PREFIX_GE = ValueWords.QUALIFIER_GE_BEFORE;
    private static final String[] PREFIX_LE = ValueWords.QUALIFIER_LE_BEFORE;
    private static final String[] PREFIX_APPROX = ValueWords.QUALIFIER_APPROX_BEFORE;

    private QualifierReader() {
    }

    public static Reading read(CharSequence text, int segFrom, Quantity q) {
        if (q.high() != null) {
            return new Reading(Qualifier.RANGE, q.end());
        }
        int n = text.length();
        String w;
        if ((w = Words.startingAt(text, q.end(), n, SUFFIX_GE)) != null) {
            return new Reading(Qualifier.GE, q.end() + w.length());
        }
        if ((w = Words.startingAt(text, q.end(), n, SUFFIX_LE)) != null) {
            return new Reading(Qualifier.LE, q.end() + w.length());
        }
        if ((w = Words.startingAt(text, q.end(), n, SUFFIX_APPROX)) != null) {
            return new Reading(Qualifier.APPROX, q.end() + w.length());
        }
        if (q.moreThan()) {
            return new Reading(Qualifier.GE, q.end());
        }
        int from = Math.max(segFrom, q.start() - 6);
        // the longest word wins: 不低于 is GE although it ends with 低于
        int ge = prefixed(text, from, q.start(), PREFIX_GE);
        int le = prefixed(text, from, q.start(), PREFIX_LE);
        int approx = prefixed(text, from, q.start(), PREFIX_APPROX);
        if (ge == 0 && le == 0 && approx == 0) {
            return new Reading(Qualifier.EQ, q.end());
        }
        Qualifier best = ge >= le && ge >= approx ? Qualifier.GE : (le >= approx ? Qualifier.LE : Qualifier.APPROX);
        return new Reading(best, q.end());
    }

    /** Length of the longest word ending right before the number, or before 达到/达/为 that follow it (突破…达到); 0 if none. */
    private static int prefixed(CharSequence text, int from, int to, String[] words) {
        int end = to;
        String link = Words.endingAt(text, from, end, ValueWords.QUALIFIER_LINK);
        for (int pass = 0; pass < 2; pass++) {
            int longest = 0;
            for (String w : words) {
                if (Words.endingAt(text, from, end, new String[]{w}) != null) {
                    longest = Math.max(longest, w.length());
                }
            }
            if (longest > 0) {
                return longest;
            }
            if (link == null) {
                break;
            }
            end -= link.length();
        }
        return 0;
    }
}
