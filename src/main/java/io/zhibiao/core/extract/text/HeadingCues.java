package io.zhibiao.core.extract.text;

import io.zhibiao.core.model.ValueKind;

/** The words that make a heading (or a lead-in before a colon) announce a review or a plan. */
public final class HeadingCues {
    private static final String[] REVIEW = {"回顾", "怎么看", "过去一年", "过去的一年", "过去五年", "过去5年",
            "主要成绩", "取得的成绩", "亮点", "成绩单", "完成情况", "一年来"};
    private static final String[] TARGET = {"预期目标", "主要目标", "目标任务", "重点任务", "重点工作", "工作安排",
            "工作建议", "工作任务", "总体要求", "怎么干", "今年工作", "工作思路", "发展目标", "奋斗目标"};

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
