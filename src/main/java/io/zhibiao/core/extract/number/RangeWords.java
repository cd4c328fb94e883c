package io.zhibiao.core.extract.number;

/**
 * The comparison words around a number that make it a bound. They are matched with {@link SpacedText}, so
 * spaces may stand between their characters ("小于 或 等于100", "< = 100").
 */
final class RangeWords {
    static final int LOW_OPEN = 1;
    static final int LOW_CLOSED = 2;
    static final int HIGH_OPEN = 3;
    static final int HIGH_CLOSED = 4;
    static final int EQUAL = 5;
    /** 比X大 / 比X小: the direction comes from the word after the number. */
    static final int COMPARE = 6;

    /** Words before a number, longest first so 大于等于 wins over 等于. */
    static final String[] PREFIXES = {
        "大于或者等于", "小于或者等于", "大于或等于", "小于或等于", "大于等于", "小于等于", "多于或等于", "少于或等于",
        "不小于", "不少于", "不低于", "不大于", "不多于", "不高于", "不超过", "超过了", "至少有", "至少是", "至少为",
        "最多为", "最少为", "最多有", "最少有", "大于", "多于", "高于", "超过", "超出", "小于", "少于", "低于", "不足",
        "不到", "至少", "最少", "至多", "最多", "等于", ">=", "<=", "≥", "≤", ">", "<", "＞", "＜", "比", "过",
    };
    static final int[] PREFIX_KINDS = {
        LOW_CLOSED, HIGH_CLOSED, LOW_CLOSED, HIGH_CLOSED, LOW_CLOSED, HIGH_CLOSED, LOW_CLOSED, HIGH_CLOSED,
        LOW_CLOSED, LOW_CLOSED, LOW_CLOSED, HIGH_CLOSED, HIGH_CLOSED, HIGH_CLOSED, HIGH_CLOSED, LOW_OPEN, LOW_CLOSED, LOW_CLOSED, LOW_CLOSED,
        HIGH_CLOSED, LOW_CLOSED, HIGH_CLOSED, LOW_CLOSED, LOW_OPEN, LOW_OPEN, LOW_OPEN, LOW_OPEN, LOW_OPEN, HIGH_OPEN, HIGH_OPEN, HIGH_OPEN, HIGH_OPEN,
        HIGH_OPEN, LOW_CLOSED, LOW_CLOSED, HIGH_CLOSED, HIGH_CLOSED, EQUAL, LOW_CLOSED, HIGH_CLOSED, LOW_CLOSED, HIGH_CLOSED, LOW_OPEN, HIGH_OPEN, LOW_OPEN, HIGH_OPEN, COMPARE, LOW_OPEN,
    };

    /** Words after a number. 多/余 only reach here when no unit follows them (五百多个). */
    static final String[] SUFFIXES = {
        "或者以上", "或者更多", "或者以下", "或者更少", "或以上", "或更多", "或以下", "或更少", "及以上", "及以下",
        "以上", "之上", "以下", "之下", "以内", "多", "余",
    };
    static final int[] SUFFIX_KINDS = {
        LOW_CLOSED, LOW_CLOSED, HIGH_CLOSED, HIGH_CLOSED, LOW_CLOSED, LOW_CLOSED, HIGH_CLOSED, HIGH_CLOSED, LOW_CLOSED, HIGH_CLOSED,
        LOW_OPEN, LOW_OPEN, HIGH_OPEN, HIGH_OPEN, HIGH_CLOSED, LOW_OPEN, LOW_OPEN,
    };

    /** After 比X: which words mean "greater than X". */
    static final String COMPARE_GREATER = "大高多";
    static final String COMPARE_LESS = "小低少";

    /** Separators of two numbers that make a half-open range: 一千到一千五百, 20~100. */
    static final String TO = "到至~～-–—";
    /** 20和30之间 */
    static final String AND = "和与跟及";
    /** Words that join a lower and an upper bound into one range. */
    static final String[] JOINERS = {"的同时", "并且", "而且", "同时", "并", "且", "而", ",", "，", "、", ""};

    private RangeWords() {
    }
}
