package io.zhibiao.core.extract.analysis;

import io.zhibiao.core.extract.cues.ValueWords;
import io.zhibiao.core.extract.scan.Quantity;

/**
 * The words right after a value, past a qualifier word (以上, 左右): a noun it is the size of (超5亿元的县), a
 * milestone (50亿元大关), or 的 and a noun it describes. One instance per text.
 */
public final class ValueTail {
    /** The qualifier words that may stand right after a value (以上, 以内, 左右…), from value-words.txt. */
    private static final String[] QUALIFIER_TAILS = java.util.stream.Stream.of(ValueWords.QUALIFIER_GE_AFTER,
            ValueWords.QUALIFIER_LE_AFTER, ValueWords.QUALIFIER_APPROX_AFTER).flatMap(java.util.Arrays::stream)
            .toArray(String[]::new);

    private final String text;
    private final ReferenceCues cues;

    ValueTail(String text, ReferenceCues cues) {
        this.text = text;
        this.cues = cues;
    }

    /** 首次突破50亿元大关, 跨上3000亿元台阶: a milestone word right after the level. */
    boolean milestone(Quantity q) {
        int k = afterTails(q);
        return cues.milestoneAfter.longestAt(text, k, Math.min(text.length(), k + 3), (w, s, e) -> w) != null;
    }

    /**
     * 一般公共预算收入超5亿元的县, 经济总量超200亿元县2个, 10亿元以上项目: the value is a size that things are counted
     * by, not a figure of the indicator named before it.
     */
    public boolean sizeOfCountedThings(Quantity q) {
        int k = afterTails(q);
        if (k < text.length() && text.charAt(k) == '的') {
            k++;
        }
        return cues.countedAfter.longestAt(text, k, Math.min(text.length(), k + cues.countedAfter.longest()),
                (w, s, e) -> w) != null;
    }

    /** Where the text after a value goes on once a qualifier word right after it (以上, 左右) is passed. */
    private int afterTails(Quantity q) {
        int k = q.end();
        for (String tail : QUALIFIER_TAILS) {
            if (text.startsWith(tail, k)) {
                return k + tail.length();
            }
        }
        return k;
    }

    /** 收入超5亿元的县: the value and 的 qualify a noun after them; 增长8%的基础上 does not count. */
    boolean describesSomethingElse(Quantity q) {
        int k = afterTails(q);
        if (k + 1 >= text.length() || text.charAt(k) != '的' || !Words.isCjk(text.charAt(k + 1))) {
            return false;
        }
        return cues.describesAfter.longestAt(text, k + 1, Math.min(text.length(), k + 4), (w, s, e) -> w) == null;
    }
}
