package io.zhibiao.core.review;

import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.DataAccess;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.Tag;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
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

    ReviewWriter(DataAccess tx, String analyst, Instant at, ReviewAction action, String batchId) {
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
        return new IndicatorSnapshot(s.id(), s.documentId(), s.value(), s.status(), s.note(), s.deleted(),
                new HashSet<>(tx.tags().tagsOf(id)));
    }

    DocumentSummary document(long id) {
        return tx.documents().findById(id)
                .orElseThrow(() -> new ReviewException("Document " + id + " does not exist."));
    }

    /** Writes the parts in which {@code target} differs from {@code reference}; audit old values are the stored ones. */
    void bringTo(IndicatorSnapshot target, IndicatorSnapshot reference) {
        StoredIndicator current = load(target.id());
        long id = current.id();
        long doc = current.documentId();
        if (!Objects.equals(target.value(), reference.value()) && !target.value().equals(current.value())) {
            for (IndicatorField f : IndicatorField.values()) {
                Object old = f.get(current.value());
                Object now = f.get(target.value());
                if (!Objects.equals(old, now)) {
                    indicatorEvent(id, doc, f.column(), AuditText.of(old), AuditText.of(now));
                }
            }
            tx.indicators().updateValue(id, target.value(), analyst, at);
        }
        if (target.status() != reference.status() && target.status() != current.status()) {
            indicatorEvent(id, doc, "status", current.status().id(), target.status().id());
            tx.indicators().updateStatus(id, target.status(), analyst, at);
        }
        if (!Objects.equals(target.note(), reference.note()) && !Objects.equals(target.note(), current.note())) {
            indicatorEvent(id, doc, "note", current.note(), target.note());
            tx.indicators().updateNote(id, target.note(), analyst, at);
        }
        if (target.deleted() != reference.deleted() && target.deleted() != current.deleted()) {
            indicatorEvent(id, doc, "deleted", String.valueOf(current.deleted()), String.valueOf(target.deleted()));
            tx.indicators().setDeleted(id, target.deleted(), analyst, at);
        }
        if (!target.tags().equals(reference.tags())) {
            Set<Long> onRow = new HashSet<>();
            tx.tags().tagsOf(id).forEach(t -> onRow.add(t.id()));
            for (Tag t : target.tags()) {
                if (!reference.tags().contains(t) && onRow.add(t.id())) {
                    indicatorEvent(id, doc, "tag", null, t.name());
                    tx.tags().attach(id, t.id());
                }
            }
            for (Tag t : reference.tags()) {
                if (!target.tags().contains(t) && onRow.remove(t.id())) {
                    indicatorEvent(id, doc, "tag", t.name(), null);
                    tx.tags().detach(id, t.id());
                }
            }
        }
        touched(id, doc);
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
        touched(id, documentId);
        return id;
    }

    /** Sets a document override; the audit shows the effective value before and after (detected when no override). */
    void override(long documentId, OverrideField field, Object value) {
        DocumentSummary before = document(documentId);
        switch (field) {
            case REGION -> tx.documents().overrideRegion(documentId, (String) value);
            case YEAR -> tx.documents().overrideYear(documentId, (Integer) value);
            case KIND -> tx.documents().overrideKind(documentId, (DocumentKind) value);
        }
        DocumentSummary after = document(documentId);
        String old = AuditText.of(effective(before, field));
        String now = AuditText.of(effective(after, field));
        String oldOverride = AuditText.of(overrideOf(before, field));
        String newOverride = AuditText.of(overrideOf(after, field));
        if (!Objects.equals(oldOverride, newOverride)) {
            event(AuditEvent.DOCUMENT, documentId, documentId, field.column(), old, now);
        }
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
