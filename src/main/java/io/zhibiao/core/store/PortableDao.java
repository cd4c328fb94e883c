package io.zhibiao.core.store;

import io.zhibiao.core.model.IndicatorValue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import static io.zhibiao.core.store.JdbcValues.*;

/**
 * Store operations for exchanging analyst work between stores: finding the rows that carry work, and
 * writing another store's work with its original analyst and time. Only available inside
 * {@link Store#inTransaction}, because an import is written as one whole or not at all.
 */
public final class PortableDao {
    private final Jdbc jdbc;

    private PortableDao(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The portable DAO sharing the transaction of {@code access}. */
    public static PortableDao of(DataAccess access) {
        if (access instanceof Daos daos) {
            return new PortableDao(daos.jdbc());
        }
        throw new IllegalArgumentException("PortableDao works inside Store.inTransaction only.");
    }

    /**
     * The document's indicators (deleted or not) that carry analyst work: added by an analyst, changed by
     * one, tagged, or with any audited history. In text order.
     */
    public List<StoredIndicator> indicatorsWithWork(long documentId) {
        String sql = IndicatorRows.SELECT + "WHERE document_id = ? AND (origin = 'analyst' OR updated_by IS NOT NULL "
                + "OR EXISTS (SELECT 1 FROM indicator_tag it WHERE it.indicator_id = indicator.id) "
                + "OR EXISTS (SELECT 1 FROM audit_event e WHERE e.entity_type = 'indicator' "
                + "AND e.entity_id = indicator.id)) ORDER BY start_offset, id";
        return jdbc.call("load the reviewed indicators of document " + documentId, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                return IndicatorRows.readAll(ps, documentId);
            }
        });
    }

    /**
     * Writes the whole review state of a row as another store had it, stamped with that store's analyst and
     * time ({@code updatedBy} may be null: a row that was only tagged). Counts are not refreshed here: call
     * {@link #refreshCounts} once the document's rows are written.
     */
    public void writeWork(long id, IndicatorValue value, ReviewStatus status, String note, boolean deleted,
                          Instant updatedAt, String updatedBy) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
        String assignments = String.join(" = ?, ", IndicatorRows.VALUE_COLUMNS.split(", ")) + " = ?";
        jdbc.atomically("write the imported work of indicator " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE indicator SET " + assignments
                    + ", status = ?, note = ?, deleted = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?")) {
                int next = IndicatorRows.bindValue(ps, 1, value);
                ps.setString(next++, status.id());
                setString(ps, next++, note);
                ps.setBoolean(next++, deleted);
                setInstant(ps, next++, updatedAt);
                setString(ps, next++, updatedBy);
                ps.setLong(next, id);
                if (ps.executeUpdate() == 0) {
                    throw new StoreException("Indicator " + id + " does not exist.");
                }
            }
            return null;
        });
    }

    /** Adds an analyst's indicator with its whole review state; returns its id. Counts as {@link #writeWork}. */
    public long insertAnalystWork(long documentId, IndicatorValue value, ReviewStatus status, String note,
                                  boolean deleted, Instant updatedAt, String updatedBy) {
        long id = jdbc.atomically("add an imported indicator to document " + documentId, c ->
                IndicatorRows.insertOne(c, documentId, IndicatorOrigin.ANALYST, status, value, updatedAt, updatedBy));
        writeWork(id, value, status, note, deleted, updatedAt, updatedBy);
        return id;
    }

    /** Makes the indicator carry exactly these tags. */
    public void replaceTags(long indicatorId, Collection<Long> tagIds) {
        jdbc.atomically("set the tags of indicator " + indicatorId, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM indicator_tag WHERE indicator_id = ?")) {
                ps.setLong(1, indicatorId);
                ps.executeUpdate();
            }
            // the tags are part of the row an analyst sees: a pane showing the old ones must not write over them
            try (PreparedStatement ps = c.prepareStatement("UPDATE indicator SET version = version + 1 WHERE id = ?")) {
                ps.setLong(1, indicatorId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO indicator_tag (indicator_id, tag_id) VALUES (?, ?)")) {
                for (long tagId : new java.util.LinkedHashSet<>(tagIds)) {
                    ps.setLong(1, indicatorId);
                    ps.setLong(2, tagId);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Changes a tag's colour; null removes it. */
    public void recolorTag(long tagId, String color) {
        jdbc.atomically("change the colour of tag " + tagId, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE tag SET color = ?, version = version + 1 WHERE id = ?")) {
                setString(ps, 1, color);
                ps.setLong(2, tagId);
                if (ps.executeUpdate() == 0) {
                    throw new StoreException("Tag " + tagId + " does not exist.");
                }
            }
            return null;
        });
    }

    /**
     * The length of the document's original text, into which indicator spans point; -1 when the text is
     * missing. Counted by the database, so the text itself is not loaded.
     */
    public int textLength(long documentId) {
        return jdbc.call("read the text length of document " + documentId, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT CHAR_LENGTH(original_text) FROM document_text WHERE document_id = ?")) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : -1;
                }
            }
        });
    }

    /** Recounts the document's live and reviewed indicators after its rows were written. */
    public void refreshCounts(long documentId) {
        jdbc.atomically("recount document " + documentId, c -> {
            ReviewCounts.refresh(c, documentId);
            return null;
        });
    }
}
