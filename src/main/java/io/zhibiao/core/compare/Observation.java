package io.zhibiao.core.compare;

import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.ValueKind;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.StoredIndicator;

/**
 * One stored indicator seen in the context of its document: the region, report year and kind that
 * the pairing needs come from the document (with the analyst's overrides applied), the value from
 * the indicator as last reviewed (a corrected indicator carries its corrected value).
 *
 * @param estimated true for an estimate (预计) rather than a reported figure
 * @param sentence the source sentence, or null when the caller chose not to keep it (large exports)
 * @param regionYearFigure true for the region's own figure of one year (not a period's, a part's, a share):
 *                         only those are paired
 */
public record Observation(long indicatorId, long documentId, String regionCode, String code, String name,
                          Measure measure, ValueKind kind, Integer year, Double value, Double low, Double high,
                          Qualifier qualifier, String unit, Double normalizedValue, String normalizedUnit,
                          boolean stretch, boolean qualitative, boolean estimated, ReviewStatus status,
                          DocumentKind documentKind, Integer documentYear, String documentTitle,
                          int startOffset, double confidence, String sentence, boolean regionYearFigure) {

    public static Observation of(StoredIndicator indicator, DocumentSummary document) {
        return of(indicator, document, true);
    }

    public static Observation of(StoredIndicator indicator, DocumentSummary document, boolean keepSentence) {
        IndicatorValue v = indicator.value();
        return new Observation(indicator.id(), indicator.documentId(), document.effectiveRegionCode(),
                v.code(), v.name(), v.measure(), v.kind(), v.year(), v.value(), v.low(), v.high(),
                v.qualifier(), v.unit(), v.normalizedValue(), v.normalizedUnit(), v.stretch(), v.qualitative(),
                v.estimated(), indicator.status(), document.effectiveKind(), document.effectiveYear(), document.title(),
                v.start(), v.confidence(), keepSentence ? v.sentence() : null, v.isRegionYearFigure());
    }

    /** The same statement filed under another region: the national report's figures under the nation's key. */
    public Observation inRegion(String code) {
        return new Observation(indicatorId, documentId, code, this.code, name, measure, kind, year, value, low, high,
                qualifier, unit, normalizedValue, normalizedUnit, stretch, qualitative, estimated, status, documentKind,
                documentYear, documentTitle, startOffset, confidence, sentence, regionYearFigure);
    }

    /** True when the value is a number that can be compared (not a qualitative statement). */
    public boolean hasNumber() {
        return !qualitative && value != null;
    }

    /** The key this observation is paired under, or null when region, code, measure or year is unknown. */
    public PairKey pairKey() {
        if (regionCode == null || code == null || measure == null || year == null) {
            return null;
        }
        return new PairKey(regionCode, code, measure, year);
    }
}
