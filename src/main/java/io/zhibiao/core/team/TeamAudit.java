package io.zhibiao.core.team;

import io.zhibiao.core.review.ReviewAction;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.DataAccess;

import java.time.Instant;
import java.util.UUID;

/** Writes the audit events of one team action (one batch), inside the action's transaction. */
final class TeamAudit {
    private final DataAccess tx;
    private final String analyst;
    private final Instant at;
    private final ReviewAction action;
    private final String batchId = UUID.randomUUID().toString();

    TeamAudit(DataAccess tx, String analyst, Instant at, ReviewAction action) {
        this.tx = tx;
        this.analyst = analyst;
        this.at = at;
        this.action = action;
    }

    void document(long documentId, String field, String old, String now) {
        tx.audit().append(AuditEvent.of(at, analyst, action.id(), AuditEvent.DOCUMENT, documentId, documentId, field,
                old, now, batchId));
    }

    void indicator(long indicatorId, long documentId, String field, String old, String now) {
        tx.audit().append(AuditEvent.of(at, analyst, action.id(), AuditEvent.INDICATOR, indicatorId, documentId,
                field, old, now, batchId));
    }
}
