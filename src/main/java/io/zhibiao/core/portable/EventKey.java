package io.zhibiao.core.portable;

import io.zhibiao.core.store.AuditEvent;

import java.time.Instant;
import java.util.Objects;

/**
 * What makes two audit events the same event, whichever store holds them: when, who, what, the values
 * and the batch. The row id is left out, as each store numbers its rows itself.
 */
record EventKey(Instant at, String analyst, String action, String field, String oldValue, String newValue,
                String batch) {
    static EventKey of(AuditEvent e) {
        return new EventKey(e.occurredAt(), e.analyst(), e.action(), e.field(), e.oldValue(), e.newValue(),
                e.batchId());
    }

    static EventKey of(HistoryEntry e) {
        return new EventKey(e.instant(), e.analyst(), e.action(), e.field(), e.oldValue(), e.newValue(), e.batch());
    }

    /** The same event about one entity of the store. */
    record OnEntity(String entityType, Long entityId, EventKey event) {
        OnEntity {
            Objects.requireNonNull(entityType, "entityType");
        }
    }
}
