package io.zhibiao.core.extract.analysis;

import io.zhibiao.core.extract.cues.ValueWords;
/**
 * The completion-report pattern "增长8.1%(目标8%)": a number in brackets after 目标/计划 is the target of the
 * value just before it, for the same subject, measure and year.
 */
public final class CompletionPatternReader {
    private static final String[] LEADS = ValueWords.COMPLETION_LEADS;
    private static final String[] LINKS = ValueWords.COMPLETION_LINKS;

    private static final String[] CEILINGS = ValueWords.CEILING_AFTER_RESULT;
    private static final String[] NAMED_TARGET = ValueWords.TARGET_NAMED_AFTER;
    private static final String GAP = "，,、；; 　";

    private CompletionPatternReader() {
    }

    /**
     * "城镇登记失业率2.5%，控制在4%以内": a ceiling right after a result is that year's target, not a second
     * result. True when [from, numberStart) is only a separator and such a word.
     */
    public static boolean isCeilingAfterResult(CharSequence text, int from, int numberStart) {
        int i = from;
        while (i < numberStart && GAP.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i == from) {
            return false;
        }
        String lead = Words.startingAt(text, i, numberStart, CEILINGS);
        return lead != null && i + lead.length() == numberStart;
    }

    /** 远低于3%的控制目标: the value ending at {@code valueEnd} is named a target by the words right after it. */
    public static boolean isNamedTarget(CharSequence text, int valueEnd) {
        return Words.startingAt(text, valueEnd, Math.min(text.length(), valueEnd + 8), NAMED_TARGET) != null;
    }

    /** True when [from, numberStart) is "(目标" or similar, directly before the number. */
    public static boolean isBracketedTarget(CharSequence text, int from, int numberStart) {
        int i = from;
        while (i < numberStart && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000')) {
            i++;
        }
        if (i >= numberStart || (text.charAt(i) != '(' && text.charAt(i) != '（')) {
            return false;
        }
        i++;
        String lead = Words.startingAt(text, i, numberStart, LEADS);
        if (lead == null) {
            return false;
        }
        i += lead.length();
        String link = Words.startingAt(text, i, numberStart, LINKS);
        if (link != null) {
            i += link.length();
        }
        return i == numberStart;
    }
}
