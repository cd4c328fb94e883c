package io.zhibiao.core.extract;

import io.zhibiao.core.model.IndicatorValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Values that say less than another value of the same statement and are left out beside it: a round threshold
 * passed next to the exact level (突破11万亿元、达到11.6万亿元; 实现58.1亿元，首次突破50亿元大关), and a figure on an
 * adjusted basis when the report also gives it as first reported (下降2%，扣除减税降费因素增长8%). Alone, each
 * stays: it is then the only figure the report gives.
 */
final class SupersededValues {
    /** How far apart a threshold and the exact level may stand and still be one statement. */
    private static final int SAME_STATEMENT = 60;

    /** The values read as a threshold or on an adjusted basis, by identity. */
    private final Map<IndicatorValue, ValueBuilder.Emitted> weak = new IdentityHashMap<>();

    void note(ValueBuilder.Emitted e) {
        if (e.milestone() || e.adjusted()) {
            weak.put(e.value(), e);
        }
    }

    List<IndicatorValue> dropFrom(List<IndicatorValue> values) {
        if (weak.isEmpty()) {
            return values;
        }
        Map<String, List<IndicatorValue>> plainBySlot = new HashMap<>();
        for (IndicatorValue v : values) {
            String slot = slot(v);
            if (slot != null && !weak.containsKey(v)) {
                plainBySlot.computeIfAbsent(slot, k -> new ArrayList<>()).add(v);
            }
        }
        List<IndicatorValue> out = new ArrayList<>(values.size());
        for (IndicatorValue v : values) {
            ValueBuilder.Emitted e = weak.get(v);
            List<IndicatorValue> plain = e == null ? null : plainBySlot.get(slot(v));
            if (plain == null || !superseded(e, plain)) {
                out.add(v);
            }
        }
        return out;
    }

    private static boolean superseded(ValueBuilder.Emitted e, List<IndicatorValue> plain) {
        if (e.adjusted()) {
            return true;
        }
        for (IndicatorValue p : plain) {
            if (Math.abs(p.start() - e.value().start()) <= SAME_STATEMENT && !Objects.equals(p.value(), e.value().value())) {
                return true;
            }
        }
        return false;
    }

    private static String slot(IndicatorValue v) {
        if (v.code() == null || v.value() == null || v.qualitative()) {
            return null;
        }
        return v.code() + "|" + v.measure() + "|" + v.kind() + "|" + v.year() + "|" + v.basis() + "|" + v.scope()
                + "|" + v.scopeName() + "|" + v.stretch();
    }
}
