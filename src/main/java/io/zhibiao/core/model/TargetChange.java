package io.zhibiao.core.model;

import java.util.Locale;

/** This year's target against last year's: raised, kept or lowered. */
public enum TargetChange {
    UP, SAME, DOWN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Within a hundredth of a point two targets are the same (5.0 and 5 are one target). */
    public static TargetChange of(double now, double before) {
        double d = now - before;
        return Math.abs(d) < 0.005 ? SAME : d > 0 ? UP : DOWN;
    }
}
