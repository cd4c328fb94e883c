package io.zhibiao.core.review;

import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.store.DocumentSummary;

import java.util.Objects;

/**
 * A document's corrections (region, year, kind) as they stood at one moment, beside what the engine detected:
 * one side of a refused correction. The corrections are what a merge writes; the effective values (the
 * correction, else the detected value) are what the analyst compares, since that is what the pane shows.
 *
 * @param regionCode the corrected region code, null when the detected one holds
 * @param year       the corrected report year, null when the detected one holds
 * @param kind       the corrected kind, null when the detected one holds
 * @param version    the version of the document's corrections this state is (or would have been) at
 * @param label      how the report is named to the analyst ({@link DocumentLabel}) when this state was read
 */
public record DocumentCorrections(long documentId, String regionCode, Integer year, DocumentKind kind,
                                  String detectedRegionCode, Integer detectedYear, DocumentKind detectedKind,
                                  long version, String label) {

    public static DocumentCorrections of(DocumentSummary d) {
        return new DocumentCorrections(d.id(), d.regionCodeOverride(), d.reportYearOverride(), d.kindOverride(),
                d.regionCode(), d.reportYear(), d.kind(), d.overrideVersion(), DocumentLabel.of(d));
    }

    /** The correction of {@code field} (a region code, an Integer year or a DocumentKind), null if none. */
    public Object correction(OverrideField field) {
        return switch (field) {
            case REGION -> regionCode;
            case YEAR -> year;
            case KIND -> kind;
        };
    }

    /** What is in effect for {@code field}: the correction, else the detected value. */
    public Object effective(OverrideField field) {
        Object corrected = correction(field);
        if (corrected != null) {
            return corrected;
        }
        return switch (field) {
            case REGION -> detectedRegionCode;
            case YEAR -> detectedYear;
            case KIND -> detectedKind;
        };
    }

    /** Whether the two put different values in effect for {@code field}: what the analyst would notice. */
    public boolean differs(OverrideField field, DocumentCorrections other) {
        return !Objects.equals(effective(field), other.effective(field));
    }

    /** The same corrections with {@code field} corrected to {@code value} (null: back to the detected value). */
    DocumentCorrections with(OverrideField field, Object value) {
        return new DocumentCorrections(documentId,
                field == OverrideField.REGION ? (String) value : regionCode,
                field == OverrideField.YEAR ? (Integer) value : year,
                field == OverrideField.KIND ? (DocumentKind) value : kind,
                detectedRegionCode, detectedYear, detectedKind, version, label);
    }
}
