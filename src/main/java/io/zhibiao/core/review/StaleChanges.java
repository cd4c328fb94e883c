package io.zhibiao.core.review;

import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.DataAccess;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.StoredIndicator;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/** Builds the {@link StaleChange} of a refused write: the row as stored now and its latest change from the audit. */
final class StaleChanges {
    private static final Set<String> CORRECTION_FIELDS = Set.of(OverrideField.REGION.column(),
            OverrideField.YEAR.column(), OverrideField.KIND.column());

    private StaleChanges() {
    }

    /**
     * @param mine     the row as the refused write would have left it
     * @param read     the row as read before the write (the stored one is read again: it may have moved on
     *                 between that read and the refused UPDATE)
     * @param expected the version the write was based on
     */
    static StaleChange indicator(DataAccess tx, IndicatorSnapshot mine, IndicatorSnapshot read, long expected,
                                 boolean undo) {
        StoredIndicator row = tx.indicators().findById(read.id()).orElse(null);
        IndicatorSnapshot theirs = row == null ? read
                : IndicatorSnapshot.of(row, new HashSet<>(tx.tags().tagsOf(read.id())));
        List<AuditEvent> last = lastStep(tx.audit().listByEntity(AuditEvent.INDICATOR, read.id()), e -> true);
        String by = last.isEmpty() ? (row == null ? null : row.updatedBy()) : last.get(0).analyst();
        Instant when = last.isEmpty() ? (row == null ? null : row.updatedAt()) : last.get(0).occurredAt();
        return new StaleChange(AuditEvent.INDICATOR, read.id(), read.documentId(), expected, theirs.version(), by,
                when, last, mine, theirs, null, null, undo);
    }

    /**
     * @param mine the document's corrections as the refused write would have set them
     * @param read the document as read before the write (read again, as for an indicator)
     */
    static StaleChange document(DataAccess tx, DocumentCorrections mine, DocumentSummary read, long expected,
                                boolean undo) {
        DocumentSummary now = tx.documents().findById(read.id()).orElse(read);
        List<AuditEvent> last = lastStep(tx.audit().listByEntity(AuditEvent.DOCUMENT, read.id()),
                e -> CORRECTION_FIELDS.contains(e.field()));
        return new StaleChange(AuditEvent.DOCUMENT, read.id(), read.id(), expected, now.overrideVersion(),
                last.isEmpty() ? null : last.get(0).analyst(), last.isEmpty() ? null : last.get(0).occurredAt(),
                last, null, null, mine, DocumentCorrections.of(now), undo);
    }

    /** The events of the newest step among {@code history} (oldest first) that pass {@code relevant}. */
    private static List<AuditEvent> lastStep(List<AuditEvent> history, Predicate<AuditEvent> relevant) {
        List<AuditEvent> events = history.stream().filter(relevant).toList();
        if (events.isEmpty()) {
            return List.of();
        }
        AuditEvent newest = events.get(events.size() - 1);
        return events.stream().filter(e -> newest.batchId() != null ? Objects.equals(e.batchId(), newest.batchId())
                : e.occurredAt().equals(newest.occurredAt()) && e.analyst().equals(newest.analyst())).toList();
    }
}
