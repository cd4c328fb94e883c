package io.zhibiao.core.portable;

import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.DataAccess;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The events a store already holds, counted, so that an import appends only the events it does not have:
 * importing the same file twice adds nothing the second time.
 */
final class HistoryLedger {
    private final DataAccess tx;
    private final Map<EventKey.OnEntity, Integer> held = new HashMap<>();
    private int added;

    HistoryLedger(DataAccess tx, List<AuditEvent> existing) {
        this.tx = tx;
        existing.forEach(e -> held.merge(key(e.entityType(), e.entityId(), EventKey.of(e)), 1, Integer::sum));
    }

    /** Appends the entries about the entity that the store does not hold yet, in their order. */
    void append(List<HistoryEntry> entries, String entityType, Long entityId, Long documentId) {
        Map<EventKey.OnEntity, Integer> seen = new HashMap<>();
        for (HistoryEntry entry : entries) {
            EventKey.OnEntity key = key(entityType, entityId, EventKey.of(entry));
            int occurrence = seen.merge(key, 1, Integer::sum);
            if (occurrence > held.getOrDefault(key, 0)) {
                tx.audit().append(entry.toEvent(entityType, entityId, documentId));
                held.merge(key, 1, Integer::sum);
                added++;
            }
        }
    }

    int added() {
        return added;
    }

    private static EventKey.OnEntity key(String entityType, Long entityId, EventKey event) {
        return new EventKey.OnEntity(entityType, entityId, event);
    }
}
