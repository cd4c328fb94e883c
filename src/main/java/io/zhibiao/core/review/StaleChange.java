package io.zhibiao.core.review;

import io.zhibiao.core.store.AuditEvent;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A change refused because the row moved on since the analyst saw it: both versions field by field, and who
 * changed the row last, when and what (from the audit history).
 *
 * @param entityType    {@link AuditEvent#INDICATOR}, or {@link AuditEvent#DOCUMENT} for a document's corrections
 * @param versionSeen   the version the change was based on
 * @param versionStored the version the store holds now
 * @param changedBy     who made the latest change of the row (or its corrections), null when nobody is recorded
 * @param lastChange    the audit events of that latest change (one step), oldest first
 * @param mine          the indicator as the refused change would have left it; null for a document
 * @param theirs        the indicator as stored now; null for a document
 * @param mineCorrections   a document's corrections as the refused write would have set them; null for an indicator
 * @param theirsCorrections a document's corrections as stored now; null for an indicator
 * @param undo          the refused change was an undo or redo, which never overwrites a newer change
 */
public record StaleChange(String entityType, long id, long documentId, long versionSeen, long versionStored,
                          String changedBy, Instant changedAt, List<AuditEvent> lastChange,
                          IndicatorSnapshot mine, IndicatorSnapshot theirs, DocumentCorrections mineCorrections,
                          DocumentCorrections theirsCorrections, boolean undo) {
    public StaleChange {
        lastChange = List.copyOf(lastChange);
    }

    public boolean isIndicator() {
        return AuditEvent.INDICATOR.equals(entityType);
    }

    /**
     * The fields in which the two versions differ, in the merge's order: {@link MergeField}s for an indicator,
     * {@link OverrideField}s (by the value in effect) for a document's corrections.
     */
    public List<MergeableField> differing() {
        if (isIndicator()) {
            return Arrays.stream(MergeField.values()).filter(f -> f.differs(mine, theirs))
                    .map(MergeableField.class::cast).toList();
        }
        if (mineCorrections == null || theirsCorrections == null) {
            return List.of();
        }
        return Arrays.stream(OverrideField.values()).filter(f -> mineCorrections.differs(f, theirsCorrections))
                .map(MergeableField.class::cast).toList();
    }

    /**
     * The stored version with the fields in {@code takeMine} taken from the refused change; the normalised value
     * follows a value or unit taken from it. Written with {@link ReviewService#merge}, based on the stored version.
     */
    public IndicatorSnapshot merged(Set<MergeField> takeMine) {
        if (!isIndicator()) {
            throw new IllegalStateException("Only an indicator's change is merged field by field.");
        }
        IndicatorSnapshot merged = theirs;
        for (MergeField f : takeMine) {
            merged = f.copy(merged, mine);
        }
        return merged.withValue(Normalization.follow(theirs.value(), merged.value()));
    }

    /**
     * A document's stored corrections with those in {@code takeMine} taken from the refused change. Written with
     * {@link ReviewService#merge}, based on the stored version.
     */
    public DocumentCorrections mergedCorrections(Set<OverrideField> takeMine) {
        if (isIndicator() || theirsCorrections == null) {
            throw new IllegalStateException("Only a document's refused correction is merged by region, year, kind.");
        }
        DocumentCorrections merged = theirsCorrections;
        for (OverrideField f : takeMine) {
            merged = merged.with(f, mineCorrections.correction(f));
        }
        return merged;
    }
}
