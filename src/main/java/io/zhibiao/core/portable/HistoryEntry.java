package io.zhibiao.core.portable;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.zhibiao.core.store.AuditEvent;

import java.time.Instant;

/**
 * One audited event, as the exporting store recorded it: when (UTC, ISO-8601), by whom, what action, which
 * field, old and new value as text, and the batch id grouping the events of one step. What it is about is
 * given by where it stands in the file (the tag, document or indicator holding it).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"at", "analyst", "action", "field", "old", "new", "batch"})
public record HistoryEntry(String at, String analyst, String action, String field,
                           @JsonProperty("old") String oldValue, @JsonProperty("new") String newValue,
                           String batch) {
    public HistoryEntry {
        Json.instant(at, "history \"at\"");
        Json.require(analyst != null && !analyst.isBlank(), "a history event has no \"analyst\"");
        Json.fits(analyst, 100, "the analyst name");
        Json.require(action != null && !action.isBlank() && action.length() <= 32,
                "a history event has no valid \"action\"");
        Json.fits(field, 64, "the history field");
        Json.fits(batch, 64, "the batch id");
        // the same few analysts, actions and fields recur in every event: one String each
        analyst = analyst.intern();
        action = action.intern();
        field = field == null ? null : field.intern();
    }

    static HistoryEntry of(AuditEvent e) {
        return new HistoryEntry(e.occurredAt().toString(), e.analyst(), e.action(), e.field(), e.oldValue(),
                e.newValue(), e.batchId());
    }

    @JsonIgnore
    public Instant instant() {
        return Instant.parse(at);
    }

    /** The event about {@code entityId} of {@code entityType}, ready to append. */
    AuditEvent toEvent(String entityType, Long entityId, Long documentId) {
        return AuditEvent.of(instant(), analyst, action, entityType, entityId, documentId, field, oldValue,
                newValue, batch);
    }
}
