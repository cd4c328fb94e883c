package io.zhibiao.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static io.zhibiao.core.store.JdbcValues.*;

/** The audit trail. Append-only by design: there is no method to change or remove an event. */
public final class AuditDao {
    private static final String SELECT = "SELECT id, occurred_at, analyst, action, entity_type, entity_id, "
            + "document_id, field, old_value, new_value, batch_id FROM audit_event ";
    private static final String ORDER = " ORDER BY occurred_at, id";
    static final String INSERT = "INSERT INTO audit_event (occurred_at, analyst, action, entity_type, entity_id, "
            + "document_id, field, old_value, new_value, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Jdbc jdbc;

    AuditDao(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends the event (its id is ignored) and returns the id it was stored under. */
    public long append(AuditEvent e) {
        return jdbc.call("record " + e.action() + " of " + e.entityType(), c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT, PreparedStatement.RETURN_GENERATED_KEYS)) {
                setInstant(ps, 1, e.occurredAt());
                ps.setString(2, e.analyst());
                ps.setString(3, e.action());
                ps.setString(4, e.entityType());
                setLong(ps, 5, e.entityId());
                setLong(ps, 6, e.documentId());
                setString(ps, 7, e.field());
                setString(ps, 8, e.oldValue());
                setString(ps, 9, e.newValue());
                setString(ps, 10, e.batchId());
                ps.executeUpdate();
                return generatedKey(ps);
            }
        });
    }

    /** The history of one document, indicator or tag, oldest first. */
    public List<AuditEvent> listByEntity(String entityType, long entityId) {
        return list("load the history of " + entityType + " " + entityId,
                SELECT + "WHERE entity_type = ? AND entity_id = ?" + ORDER, entityType, entityId);
    }

    /** Every event about a document or anything in it, oldest first. */
    public List<AuditEvent> listByDocument(long documentId) {
        return list("load the history of document " + documentId, SELECT + "WHERE document_id = ?" + ORDER,
                documentId);
    }

    /**
     * The events that took documents out of the corpus or brought them back (their field names the document,
     * see io.zhibiao.core.review.DocumentLabel), for the documents that are not in the corpus now: in the
     * trash, or removed with it. Oldest first.
     */
    public List<AuditEvent> listOfDocumentsGone() {
        return list("load the history of deleted documents", SELECT + "WHERE entity_type = 'document' "
                + "AND field = 'document' AND NOT EXISTS (SELECT 1 FROM document d WHERE d.id = audit_event.document_id "
                + "AND d.deleted_at IS NULL)" + ORDER);
    }

    /** The events of one bulk action. */
    public List<AuditEvent> listByBatch(String batchId) {
        return list("load batch " + batchId, SELECT + "WHERE batch_id = ?" + ORDER, batchId);
    }

    private List<AuditEvent> list(String what, String sql, Object... params) {
        return jdbc.call(what, c -> {
            List<AuditEvent> events = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.add(read(rs));
                    }
                }
            }
            return events;
        });
    }

    private static AuditEvent read(ResultSet rs) throws SQLException {
        return new AuditEvent(rs.getLong("id"), getInstant(rs, "occurred_at"), rs.getString("analyst"),
                rs.getString("action"), rs.getString("entity_type"), getLong(rs, "entity_id"),
                getLong(rs, "document_id"), rs.getString("field"), rs.getString("old_value"),
                rs.getString("new_value"), rs.getString("batch_id"));
    }
}
