package io.zhibiao.core.extract.scan;

import java.util.HashMap;
import java.util.Map;

/**
 * Reads the unit right after a number (亿元, 万人次, %, 个百分点 …) and knows how to normalise it:
 * 96.03亿元 -> 9.603e9 元. Units of time (年, 月, 日) are deliberately unknown, so years, dates and
 * durations never become indicator values.
 */
public final class UnitNormalizer {

    /** A unit read at a position: as written, its multiplier and base unit, where it ends. */
    public record Reading(String unit, double multiplier, String baseUnit, int end, boolean moreThan) {
    }

    private static final String[] BASE_UNITS = {
            "个百分点", "百分点", "%", "％", "‰",
            "美元", "元", "人次", "人", "名", "位",
            "平方公里", "平方米", "立方米", "公里", "千米", "米", "公顷", "亩",
            "千瓦时", "千瓦", "兆瓦", "度", "吨标准煤", "吨", "公斤", "斤",
            "微克/立方米", "微克每立方米",
            "个", "家", "户", "项", "件", "座", "所", "张", "套", "间", "条", "辆", "台", "头", "只", "羽",
            "列", "场", "篇", "场次", "批", "处", "栋", "桌", "道", "艘", "架", "宗", "笔", "岁", "天", "倍",
            "册", "部", "次", "床", "标箱", "箱",
    };
    private static final String[] MULTIPLIERS = {"万亿", "千亿", "百亿", "亿", "千万", "百万", "十万", "万", "千", "百"};
    private static final double[] MULTIPLIER_VALUES = {1e12, 1e11, 1e10, 1e8, 1e7, 1e6, 1e5, 1e4, 1e3, 1e2};
    /** Counting words: a bare one-character Chinese numeral before them is idiom (两个确立, 一件事), not data. */
    private static final String COUNTERS = "个家户项件座所张套间条辆台头只羽列场篇批处栋桌道艘架宗笔名位次部册床";

    private static final String[] DURATIONS = {"季度", "月", "小时", "工作日", "星期", "年头"};

    private static final Map<String, String> CANONICAL = new HashMap<>();

    static {
        CANONICAL.put("％", "%");
        CANONICAL.put("个百分点", "百分点");
        CANONICAL.put("千米", "公里");
        CANONICAL.put("微克每立方米", "微克/立方米");
    }

    private UnitNormalizer() {
    }

    /**
     * The unit starting at {@code pos} (at most one stray space skipped), or null when none is there.
     * {@code allowMultiplier} is false when the number already carried 万/亿 itself (三千万元 read as 三千 + 万元).
     */
    public static Reading read(CharSequence text, int pos, int limit) {
        int p = skipSpace(text, pos, limit);
        // a base unit first: 千米, 千瓦 and 百分点 begin with what looks like a multiplier
        Reading plain = base(text, p, limit, "", 1, false);
        if (plain != null) {
            return plain;
        }
        double mult = 1;
        String multText = "";
        for (int i = 0; i < MULTIPLIERS.length; i++) {
            if (startsWith(text, p, limit, MULTIPLIERS[i])) {
                mult = MULTIPLIER_VALUES[i];
                multText = MULTIPLIERS[i];
                break;
            }
        }
        int q = p + multText.length();
        boolean more = false;
        if (q < limit && (text.charAt(q) == '余' || text.charAt(q) == '多')) {
            more = true;
            q++;
        }
        if (multText.isEmpty() && !more) {
            return null;
        }
        Reading withMultiplier = base(text, q, limit, multText, mult, more);
        if (withMultiplier != null) {
            return withMultiplier;
        }
        if (!multText.isEmpty()) {
            // 1.57万 with the unit lost or implied: keep the multiplier as the unit
            return new Reading(multText, mult, null, p + multText.length(), more);
        }
        return null;
    }

    private static Reading base(CharSequence text, int q, int limit, String multText, double mult, boolean more) {
        for (String u : BASE_UNITS) {
            if (startsWith(text, q, limit, u)) {
                String base = CANONICAL.getOrDefault(u, u);
                boolean ratio = base.equals("%") || base.equals("百分点") || base.equals("‰");
                if (ratio && !multText.isEmpty()) {
                    return null;
                }
                if (u.equals("个") && startsWithAny(text, q + 1, limit, DURATIONS)) {
                    // 连续7个季度, 3个月: a span of time, like 年 and 月 never an indicator value
                    return null;
                }
                return new Reading(multText + base, mult, base, q + u.length(), more);
            }
        }
        return null;
    }

    public static boolean isCounter(String baseUnit) {
        return baseUnit != null && baseUnit.length() == 1 && COUNTERS.indexOf(baseUnit.charAt(0)) >= 0;
    }

    static int skipSpace(CharSequence text, int pos, int limit) {
        if (pos < limit && isSpace(text.charAt(pos))) {
            return pos + 1;
        }
        return pos;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u3000' || c == '\t';
    }

    private static boolean startsWithAny(CharSequence text, int pos, int limit, String[] words) {
        for (String w : words) {
            if (startsWith(text, pos, limit, w)) {
                return true;
            }
        }
        return false;
    }

    static boolean startsWith(CharSequence text, int pos, int limit, String s) {
        if (pos + s.length() > limit) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (text.charAt(pos + i) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
