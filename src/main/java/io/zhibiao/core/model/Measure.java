package io.zhibiao.core.model;

import java.util.Locale;

/** How an indicator value is stated. */
public enum Measure {
    /** 增长/下降 X%: a change against the previous period; a decline is negative. */
    GROWTH,
    /** An amount with a unit: 96.03亿元, 1.2万人. */
    LEVEL,
    /** A ratio: 城镇登记失业率, 城镇化率, 民生支出占比. */
    RATE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Measure fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
