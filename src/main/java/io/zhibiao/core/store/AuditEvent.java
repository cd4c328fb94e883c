package io.zhibiao.core.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the append-only review history.
 *
 * @param id         null until the event has been appended
 * @param action     what happened, e.g. "update", "status", "delete", "override", "tag"
 * @param entityType what it happened to: {@link #DOCUMENT}, {@link #INDICATOR} or {@link #TAG}
 * @param field      the column changed, null when the action concerns the whole entity
 * @param batchId    groups the events of one bulk action (so it can be shown and undone as one), or null
 */
public record AuditEvent(Long id, Instant occurredAt, String analyst, String action, String entityType,
                         Long entityId, Long documentId, String field, String oldValue, String newValue,
                         String batchId) {
    public static final String DOCUMENT = "document";
    public static final String INDICATOR = "indicator";
    public static final String TAG = "tag";

    public AuditEvent {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(analyst, "analyst");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
    }

    /** A new event, not yet appended. */
    public static AuditEvent of(Instant occurredAt, String analyst, String action, String entityType,
                                Long entityId, Long documentId, String field, String oldValue,
                                String newValue, String batchId) {
        return new AuditEvent(null, occurredAt, analyst, action, entityType, entityId, documentId, field,
                oldValue, newValue, batchId);
    }
}
