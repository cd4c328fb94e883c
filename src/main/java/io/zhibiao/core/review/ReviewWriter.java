package io.zhibiao.core.review;

import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.DataAccess;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.IndicatorReview;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.Tag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes review changes inside one transaction, each together with its audit event, all under one action
 * name and batch id. Remembers which indicators and documents it touched, for the listeners.
 */
final class ReviewWriter {
    private final DataAccess tx;
    private final String analyst;
    private final Instant at;
    private final ReviewAction action;
    private final String batchId;
    final Set<Long> indicatorIds = new LinkedHashSet<>();
    final Set<Long> documentIds = new LinkedHashSet<>();
    final Set<Long> trashedIds = new LinkedHashSet<>();
    /** The rows this step wrote, as written (with their new version), and the documents' new correction versions. */
    final Map<Long, IndicatorSnapshot> wrote = new LinkedHashMap<>();
    final Map<Long, Long> wroteDocuments = new LinkedHashMap<>();
    /** The rows that moved on since the version the step was based on: nothing of the step may be kept. */
    final List<StaleChange> stale = new ArrayList<>();
    private final VersionBasis basis;

    ReviewWriter(DataAccess tx, String analyst, Instant at, ReviewAction action, String batchId, VersionBasis basis) {
        this.basis = basis;
        this.tx = tx;
        this.analyst = analyst;
        this.at = at;
        this.action = action;
        this.batchId = batchId;
    }

    DataAccess tx() {
        return tx;
    }

    Instant at() {
        return at;
    }

    StoredIndicator load(long id) {
        return tx.indicators().findById(id)
                .orElseThrow(() -> new ReviewException("Indicator " + id + " does not exist."));
    }

    IndicatorSnapshot snapshot(long id) {
        StoredIndicator s = load(id);
        return IndicatorSnapshot.of(s, new HashSet<>(tx.tags().tagsOf(id)));
    }

    DocumentSummary document(long id) {
        return tx.documents().findById(id)
                .orElseThrow(() -> new ReviewException("Document " + id + " does not exist."));
    }

    /**
     * Writes the parts in which {@code target} differs from {@code reference} onto the row as stored, based on
     * the version {@link VersionBasis} names: the row's UPDATE carries that version in its WHERE clause, so a row
     * changed by someone else meanwhile is not written but recorded in {@link #stale} (the executor then rolls
     * the whole step back). Audit old values are the stored ones.
     */
    void bringTo(IndicatorSnapshot target, IndicatorSnapshot reference) {
        IndicatorSnapshot current = snapshot(target.id());
        IndicatorSnapshot next = changedParts(current, target, reference);
        if (next.sameState(current)) {
            return;
        }
        long expected = basis.indicator(reference);
        boolean counts = next.status() != current.status() || next.deleted() != current.deleted();
        if (!tx.indicators().writeReview(current.id(), expected,
                new IndicatorReview(next.value(), next.status(), next.note(), next.deleted(), counts), analyst, at)) {
            stale.add(StaleChanges.indicator(tx, basis.isReplay() ? next : target, current, expected,
                    basis.isReplay()));
            return;
        }
        audit(current, next);
        wrote.put(current.id(), next.withVersion(expected + 1));
        touched(current.id(), current.documentId());
    }

    /** {@code current} with the parts in which {@code target} differs from {@code reference} set as in target. */
    private static IndicatorSnapshot changedParts(IndicatorSnapshot current, IndicatorSnapshot target,
                                                  IndicatorSnapshot reference) {
        IndicatorSnapshot next = current;
        if (!Objects.equals(target.value(), reference.value())) {
            next = next.withValue(target.value());
        }
        if (target.status() != reference.status()) {
            next = next.withStatus(target.status());
        }
        if (!Objects.equals(target.note(), reference.note())) {
            next = next.withNote(target.note());
        }
        if (target.deleted() != reference.deleted()) {
            next = next.withDeleted(target.deleted());
        }
        if (!ids(target.tags()).equals(ids(reference.tags()))) {
            // by id: a tag whose colour a work import changed is still the same tag
            Set<Long> added = ids(target.tags());
            added.removeAll(ids(reference.tags()));
            Set<Long> removed = ids(reference.tags());
            removed.removeAll(ids(target.tags()));
            Set<Tag> tags = new LinkedHashSet<>();
            current.tags().stream().filter(t -> !removed.contains(t.id())).forEach(tags::add);
            Set<Long> onRow = ids(current.tags());
            target.tags().stream().filter(t -> added.contains(t.id()) && !onRow.contains(t.id())).forEach(tags::add);
            next = next.withTags(tags);
        }
        return next;
    }

    /** Audits each part in which the written row differs from the stored one, and moves the tags. */
    private void audit(IndicatorSnapshot current, IndicatorSnapshot next) {
        long id = current.id();
        long doc = current.documentId();
        for (IndicatorField f : IndicatorField.values()) {
            Object old = f.get(current.value());
            Object now = f.get(next.value());
            if (!Objects.equals(old, now)) {
                indicatorEvent(id, doc, f.column(), AuditText.of(old), AuditText.of(now));
            }
        }
        if (next.status() != current.status()) {
            indicatorEvent(id, doc, "status", current.status().id(), next.status().id());
        }
        if (!Objects.equals(next.note(), current.note())) {
            indicatorEvent(id, doc, "note", current.note(), next.note());
        }
        if (next.deleted() != current.deleted()) {
            indicatorEvent(id, doc, "deleted", String.valueOf(current.deleted()), String.valueOf(next.deleted()));
        }
        Set<Long> before = ids(current.tags());
        Set<Long> after = ids(next.tags());
        for (Tag t : next.tags()) {
            if (!before.contains(t.id())) {
                indicatorEvent(id, doc, "tag", null, t.name());
                tx.tags().attach(id, t.id());
            }
        }
        for (Tag t : current.tags()) {
            if (!after.contains(t.id())) {
                indicatorEvent(id, doc, "tag", t.name(), null);
                tx.tags().detach(id, t.id());
            }
        }
    }

    private static Set<Long> ids(Set<Tag> tags) {
        Set<Long> ids = new HashSet<>();
        tags.forEach(t -> ids.add(t.id()));
        return ids;
    }

    /** Adds an analyst's indicator, already reviewed. */
    long insert(long documentId, IndicatorValue value) {
        document(documentId);
        long id = tx.indicators().insertAnalystIndicator(documentId, value,
                io.zhibiao.core.store.ReviewStatus.VERIFIED, analyst, at);
        for (IndicatorField f : IndicatorField.values()) {
            Object v = f.get(value);
            if (v != null) {
                indicatorEvent(id, documentId, f.column(), null, AuditText.of(v));
            }
        }
        wrote.put(id, snapshot(id));
        touched(id, documentId);
        return id;
    }

    /**
     * Sets a document's corrections ({@code values}: field to correction, null meaning back to the detected
     * value) in one UPDATE based on the version of the document's corrections {@link VersionBasis} names
     * (checked in the UPDATE, as for indicators), so a step that corrects several fields (a merge, its undo) is
     * one version, and its refusal shows all of them as the analyst's side. The audit shows, per field, the
     * effective value before and after (detected when no correction).
     */
    void override(long documentId, Map<OverrideField, Object> values) {
        DocumentSummary before = document(documentId);
        DocumentCorrections current = DocumentCorrections.of(before);
        DocumentCorrections target = current;
        for (Map.Entry<OverrideField, Object> e : values.entrySet()) {
            target = target.with(e.getKey(), e.getValue());
        }
        if (target.equals(current)) {
            return;
        }
        long expected = basis.document(documentId, before.overrideVersion());
        if (!tx.documents().writeOverrides(documentId, expected, target.regionCode(), target.year(), target.kind())) {
            stale.add(StaleChanges.document(tx, target, before, expected, basis.isReplay()));
            return;
        }
        DocumentSummary after = document(documentId);
        for (OverrideField field : OverrideField.values()) {
            if (!Objects.equals(current.correction(field), target.correction(field))) {
                event(AuditEvent.DOCUMENT, documentId, documentId, field.column(),
                        AuditText.of(effective(before, field)), AuditText.of(effective(after, field)));
            }
        }
        wroteDocuments.put(documentId, after.overrideVersion());
        documentIds.add(documentId);
    }

    /**
     * Puts the document in the trash or takes it out; nothing else of it changes. The audit event names
     * the document (year, region, title), so the history says which one it was after the trash is emptied.
     */
    void trash(long documentId, boolean inTrash) {
        DocumentSummary d = document(documentId);
        boolean was = tx.documents().deletedAt(documentId).isPresent();
        if (was == inTrash) {
            return;
        }
        tx.documents().setDeletedAt(documentId, inTrash ? at : null);
        String label = DocumentLabel.of(d);
        event(AuditEvent.DOCUMENT, documentId, documentId, DocumentLabel.FIELD, inTrash ? label : null,
                inTrash ? null : label);
        documentIds.add(documentId);
        if (inTrash) {
            trashedIds.add(documentId);
        }
    }

    static Object effective(DocumentSummary d, OverrideField field) {
        return switch (field) {
            case REGION -> d.effectiveRegionCode();
            case YEAR -> d.effectiveYear();
            case KIND -> d.effectiveKind();
        };
    }

    static Object overrideOf(DocumentSummary d, OverrideField field) {
        return switch (field) {
            case REGION -> d.regionCodeOverride();
            case YEAR -> d.reportYearOverride();
            case KIND -> d.kindOverride();
        };
    }

    void indicatorEvent(long indicatorId, long documentId, String field, String old, String now) {
        event(AuditEvent.INDICATOR, indicatorId, documentId, field, old, now);
    }

    void event(String entityType, Long entityId, Long documentId, String field, String old, String now) {
        tx.audit().append(AuditEvent.of(at, analyst, action.id(), entityType, entityId, documentId, field, old, now,
                batchId));
    }

    void touched(long indicatorId, long documentId) {
        indicatorIds.add(indicatorId);
        documentIds.add(documentId);
    }
}
