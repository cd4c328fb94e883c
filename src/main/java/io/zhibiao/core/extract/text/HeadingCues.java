package io.zhibiao.core.extract.text;

import io.zhibiao.core.extract.cues.ValueWords;
import io.zhibiao.core.model.ValueKind;

/** The words that make a heading (or a lead-in before a colon) announce a review or a plan. */
public final class HeadingCues {
    private static final String[] REVIEW = ValueWords.HEADING_REVIEW;
    private static final String[] TARGET = ValueWords.HEADING_TARGET;

    private HeadingCues() {
    }

    /** The kind a heading announces; a year written in it ("2022年工作") decides when no cue word does. */
    public static ValueKind kindOf(String heading, Integer headingYear, int reportYear) {
        for (String c : REVIEW) {
            if (heading.contains(c)) {
                return ValueKind.ACTUAL;
            }
        }
        for (String c : TARGET) {
            if (heading.contains(c)) {
                return ValueKind.TARGET;
            }
        }
        if (headingYear != null && heading.contains("年工作")) {
            return headingYear < reportYear ? ValueKind.ACTUAL : ValueKind.TARGET;
        }
        return null;
    }

    public static boolean announcesTargets(CharSequence text, int from, int to) {
        for (String c : TARGET) {
            if (indexOf(text, c, from, to) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * First 19xx/20xx followed by 年 in [from, to), or null. A year that opens a span (2018年以来工作回顾) does not
     * date the section: its results are the last year's, as in any review.
     */
    public static Integer yearIn(CharSequence text, int from, int to) {
        for (int i = from; i + 4 < to; i++) {
            char a = text.charAt(i);
            if ((a == '1' || a == '2') && isYearAt(text, i, to) && indexOf(text, "以来", i + 5, Math.min(to, i + 7)) != i + 5) {
                return Integer.parseInt(text.subSequence(i, i + 4).toString());
            }
        }
        return null;
    }

    static boolean isYearAt(CharSequence text, int i, int to) {
        if (i + 4 >= to || text.charAt(i + 4) != '年' || (i > 0 && Character.isDigit(text.charAt(i - 1)))) {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            if (!Character.isDigit(text.charAt(i + k))) {
                return false;
            }
        }
        String head = text.subSequence(i, i + 2).toString();
        return head.equals("19") || head.equals("20");
    }

    public static int indexOf(CharSequence text, String s, int from, int to) {
        outer:
        for (int i = from; i + s.length() <= to; i++) {
            for (int k = 0; k < s.length(); k++) {
                if (text.charAt(i + k) != s.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
