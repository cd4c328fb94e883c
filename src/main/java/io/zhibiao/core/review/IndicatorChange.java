package io.zhibiao.core.review;

/** One indicator before and after a step; undo brings it back to {@code before} in what the step changed. */
public record IndicatorChange(IndicatorSnapshot before, IndicatorSnapshot after) {
    public IndicatorChange {
        if (before.id() != after.id()) {
            throw new IllegalArgumentException("before and after must be the same indicator");
        }
    }

    boolean changesAnything() {
        return !before.equals(after);
    }
}
