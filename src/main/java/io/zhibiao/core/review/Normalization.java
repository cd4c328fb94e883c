package io.zhibiao.core.review;

import io.zhibiao.core.extract.scan.UnitNormalizer;
import io.zhibiao.core.model.IndicatorValue;

import java.util.Objects;

/**
 * Keeps the normalised value in step with a corrected value or unit, the way the engine computes it
 * (96.03亿元 -> 9.603e9 元): otherwise an export summing normalised values would still use the wrong number.
 */
final class Normalization {
    private Normalization() {
    }

    /**
     * {@code corrected} with its normalised value and unit recomputed when the value or unit changed
     * against {@code before} and the caller did not set the normalised fields themselves (left them as
     * they were, or empty as a form that does not show them would).
     */
    static IndicatorValue follow(IndicatorValue before, IndicatorValue corrected) {
        boolean valueOrUnitChanged = !Objects.equals(before.value(), corrected.value())
                || !Objects.equals(before.unit(), corrected.unit());
        boolean normalizedUntouched = Objects.equals(before.normalizedValue(), corrected.normalizedValue())
                && Objects.equals(before.normalizedUnit(), corrected.normalizedUnit())
                || corrected.normalizedValue() == null && corrected.normalizedUnit() == null;
        if (!valueOrUnitChanged || !normalizedUntouched) {
            return corrected;
        }
        String unit = corrected.unit();
        String baseUnit = null;
        double multiplier = 1;
        if (unit != null) {
            UnitNormalizer.Reading reading = UnitNormalizer.read(unit, 0, unit.length());
            if (reading != null && reading.end() == unit.length()) {
                baseUnit = reading.baseUnit();
                multiplier = reading.multiplier();
            }
        }
        Double normalized = corrected.value() == null || (baseUnit == null && multiplier == 1)
                ? null : corrected.value() * multiplier;
        IndicatorValue v = IndicatorField.NORMALIZED_VALUE.with(corrected, normalized);
        return IndicatorField.NORMALIZED_UNIT.with(v, baseUnit);
    }
}
