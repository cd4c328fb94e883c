package io.zhibiao.core.review;

import io.zhibiao.core.model.Basis;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.Scope;
import io.zhibiao.core.model.ValueKind;

/**
 * The fields of an indicator an analyst can correct, in the order of {@link IndicatorValue}'s components
 * (the engine's confidence, which sits between the sentence and the basis, left out).
 * {@link #column()} is the name written to the audit trail's field column (the indicator table's column).
 * The engine's confidence is not a field: it says how sure the engine was, which a correction does not change.
 */
public enum IndicatorField {
    CODE("code", String.class, true),
    NAME("name", String.class, true),
    MEASURE("measure", Measure.class, true),
    KIND("kind", ValueKind.class, true),
    YEAR("period_year", Integer.class, true),
    VALUE("stated_value", Double.class, true),
    UNIT("unit", String.class, true),
    NORMALIZED_VALUE("normalized_value", Double.class, true),
    NORMALIZED_UNIT("normalized_unit", String.class, true),
    QUALIFIER("qualifier", Qualifier.class, true),
    LOW("low", Double.class, true),
    HIGH("high", Double.class, true),
    STRETCH("stretch", Boolean.class, false),
    ESTIMATED("estimated", Boolean.class, false),
    QUALITATIVE("qualitative", Boolean.class, false),
    START("start_offset", Integer.class, false),
    END("end_offset", Integer.class, false),
    SENTENCE("sentence", String.class, true),
    BASIS("basis", Basis.class, false),
    PERIOD_FROM("period_from", Integer.class, true),
    PERIOD_TO("period_to", Integer.class, true),
    SCOPE("scope", Scope.class, false),
    SCOPE_NAME("scope_name", String.class, true);

    private final String column;
    private final Class<?> type;
    private final boolean nullable;

    IndicatorField(String column, Class<?> type, boolean nullable) {
        this.column = column;
        this.type = type;
        this.nullable = nullable;
    }

    public String column() {
        return column;
    }

    public Class<?> type() {
        return type;
    }

    public boolean nullable() {
        return nullable;
    }

    public Object get(IndicatorValue v) {
        return components(v)[ordinal()];
    }

    /**
     * A copy of {@code v} with this field set. Numbers are accepted for numeric fields (18 for 18.0);
     * blank text becomes null.
     *
     * @throws IllegalArgumentException if the value has the wrong type or is null for a required field
     */
    public IndicatorValue with(IndicatorValue v, Object newValue) {
        Object[] parts = components(v);
        parts[ordinal()] = coerce(newValue);
        return rebuild(parts);
    }

    private Object coerce(Object value) {
        if (value instanceof String s && type == String.class) {
            value = s.strip().isEmpty() ? null : s.strip();
        }
        if (value == null) {
            if (!nullable) {
                throw new IllegalArgumentException("The field " + column + " needs a value.");
            }
            return null;
        }
        if (type == Double.class && value instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("The field " + column + " needs a finite number, got " + d + ".");
            }
            return d;
        }
        if (type == Integer.class && value instanceof Number n) {
            if (n.doubleValue() != Math.rint(n.doubleValue())) {
                throw new IllegalArgumentException("The field " + column + " needs a whole number, got " + n + ".");
            }
            return n.intValue();
        }
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("The field " + column + " takes a " + type.getSimpleName()
                    + ", got " + value.getClass().getSimpleName() + " " + value + ".");
        }
        return value;
    }

    private static Object[] components(IndicatorValue v) {
        return new Object[]{v.code(), v.name(), v.measure(), v.kind(), v.year(), v.value(), v.unit(),
                v.normalizedValue(), v.normalizedUnit(), v.qualifier(), v.low(), v.high(), v.stretch(),
                v.estimated(), v.qualitative(), v.start(), v.end(), v.sentence(), v.basis(), v.periodFrom(),
                v.periodTo(), v.scope(), v.scopeName(), v.confidence()};
    }

    private static IndicatorValue rebuild(Object[] p) {
        return new IndicatorValue((String) p[0], (String) p[1], (Measure) p[2], (ValueKind) p[3], (Integer) p[4],
                (Double) p[5], (String) p[6], (Double) p[7], (String) p[8], (Qualifier) p[9], (Double) p[10],
                (Double) p[11], (Boolean) p[12], (Boolean) p[13], (Boolean) p[14], (Integer) p[15],
                (Integer) p[16], (String) p[17], (Double) p[23], (Basis) p[18], (Integer) p[19], (Integer) p[20],
                (Scope) p[21], (String) p[22]);
    }
}
