package io.zhibiao.core.portable;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.zhibiao.core.model.Basis;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.Scope;
import io.zhibiao.core.model.ValueKind;

/**
 * All fields of an indicator value, with enumerations as their lower-case ids ("growth", "target", "ge").
 * Kept apart from the model record so that the file format stays put when the model grows.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"code", "name", "measure", "kind", "year", "value", "unit", "normalizedValue",
        "normalizedUnit", "qualifier", "low", "high", "stretch", "estimated", "qualitative", "start", "end",
        "sentence", "confidence", "basis", "periodFrom", "periodTo", "scope", "scopeName"})
public record ValueJson(String code, String name, String measure, String kind, Integer year, Double value,
                        String unit, Double normalizedValue, String normalizedUnit, String qualifier,
                        Double low, Double high, boolean stretch, boolean estimated, boolean qualitative,
                        Integer start, Integer end, String sentence, Double confidence,
                        String basis, Integer periodFrom, Integer periodTo, String scope, String scopeName) {
    public ValueJson {
        Json.require(start != null && end != null, "an indicator value has no \"start\" or \"end\"");
        Json.require(start >= 0 && end >= start, "the span " + start + ".." + end + " is not valid");
        Json.fits(code, 100, "the indicator code");
        Json.fits(name, 1000, "the indicator name");
        Json.fits(unit, 64, "the unit");
        Json.fits(normalizedUnit, 64, "the normalized unit");
        Json.fits(scopeName, 200, "the scope name");
        Json.finite(value, "value");
        Json.finite(normalizedValue, "normalized value");
        Json.finite(low, "low end");
        Json.finite(high, "high end");
        Json.finite(confidence, "confidence");
        if (measure != null) {
            Json.enumId(measure, Measure::fromId, "measure (growth, level, rate)");
        }
        if (kind != null) {
            Json.enumId(kind, ValueKind::fromId, "value kind (target, actual)");
        }
        if (qualifier != null) {
            Json.enumId(qualifier, Qualifier::fromId, "qualifier (eq, ge, le, approx, range)");
        }
        if (basis != null) {
            Json.enumId(basis, Basis::fromId,
                    "basis (annual, cumulative, average_annual, pp_change, increment, share)");
        }
        if (scope != null) {
            Json.enumId(scope, Scope::fromId, "scope (region, per_capita, part)");
        }
    }

    static ValueJson of(IndicatorValue v) {
        return new ValueJson(v.code(), v.name(), v.measure() == null ? null : v.measure().id(),
                v.kind() == null ? null : v.kind().id(), v.year(), v.value(), v.unit(), v.normalizedValue(),
                v.normalizedUnit(), v.qualifier() == null ? null : v.qualifier().id(), v.low(), v.high(),
                v.stretch(), v.estimated(), v.qualitative(), v.start(), v.end(), v.sentence(), v.confidence(),
                v.basis().id(), v.periodFrom(), v.periodTo(), v.scope().id(), v.scopeName());
    }

    /**
     * The value, for a row that has {@code current}: a version 1 file says nothing of basis, period and scope, so
     * the row keeps its own instead of being read as the region's figure of the year.
     */
    IndicatorValue toValueOver(IndicatorValue current) {
        IndicatorValue v = toValue();
        if (basis != null || scope != null || current == null) {
            return v;
        }
        return new IndicatorValue(v.code(), v.name(), v.measure(), v.kind(), v.year(), v.value(), v.unit(),
                v.normalizedValue(), v.normalizedUnit(), v.qualifier(), v.low(), v.high(), v.stretch(), v.estimated(),
                v.qualitative(), v.start(), v.end(), v.sentence(), v.confidence(), current.basis(), current.periodFrom(),
                current.periodTo(), current.scope(), current.scopeName());
    }

    IndicatorValue toValue() {
        return new IndicatorValue(code, name, measure == null ? null : Measure.fromId(measure),
                kind == null ? null : ValueKind.fromId(kind), year, value, unit, normalizedValue, normalizedUnit,
                qualifier == null ? null : Qualifier.fromId(qualifier), low, high, stretch, estimated, qualitative,
                start, end, sentence, confidence == null ? 1.0 : confidence,
                // version 1 files know no basis or scope: their values are the region's of one year
                basis == null ? Basis.ANNUAL : Basis.fromId(basis), periodFrom, periodTo,
                scope == null ? Scope.REGION : Scope.fromId(scope), scopeName);
    }
}
