package io.zhibiao.core.portable;

import io.zhibiao.core.model.Basis;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.Scope;
import io.zhibiao.core.model.ValueKind;
import io.zhibiao.core.review.IndicatorField;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.IndicatorOrigin;
import io.zhibiao.core.store.StoredIndicator;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The value the extraction engine gave a row before analysts corrected it, rebuilt from the row's audit
 * history: the first audited change of each field holds the engine's value as its old value. Two stores
 * that imported the same report agree on it even after different corrections, so it identifies the row.
 */
final class EngineOriginal {
    private EngineOriginal() {
    }

    static IndicatorValue of(StoredIndicator row, List<AuditEvent> history) {
        if (row.origin() != IndicatorOrigin.ENGINE || history == null || history.isEmpty()) {
            return row.value();
        }
        Map<String, IndicatorField> byColumn = new HashMap<>();
        for (IndicatorField f : IndicatorField.values()) {
            byColumn.put(f.column(), f);
        }
        IndicatorValue original = row.value();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (AuditEvent e : history) {
            IndicatorField f = e.field() == null ? null : byColumn.get(e.field());
            if (f != null && seen.add(e.field())) {
                original = withRaw(original, f, parse(f, e.oldValue()));
            }
        }
        return original;
    }

    /** Identity of an engine value across stores: span, indicator code and number (as re-runs use it). */
    static String key(IndicatorValue v) {
        return v.start() + "|" + v.end() + "|" + v.code() + "|" + (v.value() == null ? null
                : new BigDecimal(Double.toString(v.value())).stripTrailingZeros().toPlainString());
    }

    private static IndicatorValue withRaw(IndicatorValue v, IndicatorField f, Object raw) {
        if (raw == null && !f.nullable()) {
            return v;
        }
        try {
            return f.with(v, raw);
        } catch (IllegalArgumentException e) {
            return v; // an unreadable old value: keep what the row has rather than guess
        }
    }

    /** Reads a value back from the audit trail's text form. */
    static Object parse(IndicatorField f, String text) {
        if (text == null) {
            return null;
        }
        Class<?> type = f.type();
        try {
            if (type == String.class) {
                return text;
            } else if (type == Double.class) {
                return Double.valueOf(text);
            } else if (type == Integer.class) {
                return Integer.valueOf(text);
            } else if (type == Boolean.class) {
                return Boolean.valueOf(text);
            } else if (type == Measure.class) {
                return Measure.fromId(text);
            } else if (type == ValueKind.class) {
                return ValueKind.fromId(text);
            } else if (type == Qualifier.class) {
                return Qualifier.fromId(text);
            } else if (type == Basis.class) {
                return Basis.fromId(text);
            } else if (type == Scope.class) {
                return Scope.fromId(text);
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        throw new IllegalStateException("no audit reading for fields of type " + type);
    }
}
