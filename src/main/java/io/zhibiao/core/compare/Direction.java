package io.zhibiao.core.compare;

import io.zhibiao.core.model.Measure;

import java.util.Set;

/**
 * Which way is good for an indicator. Most indicators are better when higher; prices, unemployment,
 * energy intensity and pollution are targets to stay under. A growth target stated as a decline
 * (能耗下降3%, stored as -3) is also one to stay under: the actual must fall at least that much.
 */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER;

    /** Catalog codes whose targets are ceilings (控制在...以内, 下降...). */
    static final Set<String> CEILING_CODES = Set.of("CPI", "UNEMP_RATE", "ENERGY_INTENSITY", "PM25");

    public static Direction of(String code, Measure measure, Double targetValue) {
        if (code != null && CEILING_CODES.contains(code)) {
            return LOWER_IS_BETTER;
        }
        if (measure == Measure.GROWTH && targetValue != null && targetValue < 0) {
            return LOWER_IS_BETTER;
        }
        return HIGHER_IS_BETTER;
    }
}
