package io.zhibiao.core.extract.analysis;

import io.zhibiao.core.extract.cues.ValueWords;
import io.zhibiao.core.extract.scan.Quantity;

/**
 * "500万元以上固定资产投资", "亿元以上项目": an amount with 以上/以下 right before a noun names a size class of
 * what follows; it is no value of any indicator.
 */
public final class SizeClass {
    private static final String[] BOUND = ValueWords.SIZE_BOUNDS;
    /** Characters after the bound that start a new phrase rather than a noun the amount qualifies. */
    private static final String NOT_NOUN = "和与及或";

    private SizeClass() {
    }

    public static boolean isSizeClass(CharSequence text, Quantity q) {
        if (q.isRatioUnit() || q.unit() == null || q.unit().isEmpty()) {
            return false;
        }
        String w = Words.startingAt(text, q.end(), text.length(), BOUND);
        if (w == null) {
            return false;
        }
        int next = q.end() + w.length();
        if (next >= text.length()) {
            return false;
        }
        char c = text.charAt(next);
        return Words.isCjk(c) && NOT_NOUN.indexOf(c) < 0;
    }
}
