package io.zhibiao.core.extract;

import io.zhibiao.core.model.IndicatorValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A report states each of the region's figures for a year once, or repeats it; two different numbers for the
 * same indicator, measure, target or actual and year mean that at most one of them is that figure. Both are
 * marked doubtful, so that an analyst sorting by confidence meets them first.
 */
final class ConflictingValues {
    /** What the confidence of a row in conflict is multiplied by. */
    static final double PENALTY = 0.6;

    private ConflictingValues() {
    }

    static List<IndicatorValue> mark(List<IndicatorValue> values) {
        Map<String, Set<Double>> valuesBySlot = new HashMap<>();
        for (IndicatorValue v : values) {
            String slot = slot(v);
            if (slot != null) {
                valuesBySlot.computeIfAbsent(slot, k -> new HashSet<>()).add(v.value());
            }
        }
        List<IndicatorValue> out = new ArrayList<>(values.size());
        for (IndicatorValue v : values) {
            String slot = slot(v);
            boolean conflict = slot != null && valuesBySlot.get(slot).size() > 1;
            out.add(conflict ? v.withConfidence(v.confidence() * PENALTY) : v);
        }
        return out;
    }

    /** The statement a value makes, or null for values that can stand beside others (stretch, ranges, parts). */
    private static String slot(IndicatorValue v) {
        if (v.code() == null || v.value() == null || v.year() == null || v.stretch() || v.low() != null
                || v.qualitative() || !v.isRegionYearFigure()) {
            return null;
        }
        return v.code() + "|" + v.measure() + "|" + v.kind() + "|" + v.year();
    }
}
