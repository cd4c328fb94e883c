package io.zhibiao.core.model;

import java.util.Locale;

/**
 * What a figure is a figure of, in time and kind: the year's own figure, or one over a period, or a change
 * or a share. Only {@link #ANNUAL} figures are a year's result or target; the others are kept and shown
 * with their basis but never paired or put in a headline table as one.
 */
public enum Basis {
    /** The year's own figure, or its change over last year: 地区生产总值增长8%, 固定资产投资71.6亿元. */
    ANNUAL,
    /** A total or change over several years: 五年累计完成投资5000亿元, 五年来增长31%. */
    CUMULATIVE,
    /** An average over several years: 年均增长5.1%. */
    AVERAGE_ANNUAL,
    /** A change of a rate in percentage points: 城镇化率提高0.9个百分点. */
    PP_CHANGE,
    /** A change of a level: 比上年增加20亿元, 净增186亿元. */
    INCREMENT,
    /** A share of a named whole, or a contribution to its growth: 占地区生产总值的37.1%, 拉动增长1.2个百分点. */
    SHARE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Basis fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
