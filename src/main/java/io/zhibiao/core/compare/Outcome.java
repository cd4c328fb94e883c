package io.zhibiao.core.compare;

import java.util.Locale;

/** How an actual compares with its target. */
public enum Outcome {
    /** The actual reaches the target, read with its qualifier (以上, 以内, 左右, a range, a decline). */
    MET,
    MISSED,
    /** There is a target but no actual of that year yet. */
    NO_ACTUAL,
    /** There is an actual but no stated target. */
    NO_TARGET,
    /** Both exist but cannot be compared: a qualitative target, or units that do not convert. */
    NOT_COMPARABLE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
