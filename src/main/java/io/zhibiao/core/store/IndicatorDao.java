package io.zhibiao.core.store;

import io.zhibiao.core.model.IndicatorValue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static io.zhibiao.core.store.JdbcValues.*;

/**
 * Indicators of documents and their review state. These methods change rows only; the review layer
 * records each change in the audit trail within the same {@link Store#inTransaction transaction}.
 */
public final class IndicatorDao {
    /** The read of a review write, as {@link ReviewStatements} lists it for parsing ahead. */
    static final String BY_ID = IndicatorRows.SELECT + "WHERE id = ?";
    /** Writes of one part that are based on no version (imports, tests); they raise the version all the same. */
    private static final String VALUE_UPDATE =
            updateOf(String.join(" = ?, ", IndicatorRows.VALUE_COLUMNS.split(", ")) + " = ?");
    private static final String STATUS_UPDATE = updateOf("status = ?");
    private static final String NOTE_UPDATE = updateOf("note = ?");
    private static final String DELETED_UPDATE = updateOf("deleted = ?");
    /** A review change based on the version the analyst saw: it touches no row when the row has moved on. */
    static final String REVIEW_UPDATE = "UPDATE indicator SET "
            + String.join(" = ?, ", IndicatorRows.VALUE_COLUMNS.split(", ")) + " = ?, status = ?, note = ?, "
            + "deleted = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ? AND version = ?";

    /** Ids per IN list: well below the parameter limits of H2 and PostgreSQL. */
    private static final int IN_CHUNK = 500;

    private final Jdbc jdbc;

    IndicatorDao(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The document's indicators that are not deleted, in text order. */
    public List<StoredIndicator> findByDocument(long documentId) {
        return findByDocument(documentId, false);
    }

    public List<StoredIndicator> findByDocument(long documentId, boolean includeDeleted) {
        String sql = IndicatorRows.SELECT + "WHERE document_id = ?"
                + (includeDeleted ? "" : " AND deleted = FALSE") + " ORDER BY start_offset, id";
        return jdbc.call("load the indicators of document " + documentId, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                return IndicatorRows.readAll(ps, documentId);
            }
        });
    }

    /**
     * The indicators of several documents, deleted ones included, each document's in text order: one query per
     * few hundred documents instead of one each, for work that reads the rows of many (a lesson's preview).
     */
    public Map<Long, List<StoredIndicator>> findByDocuments(List<Long> documentIds) {
        Map<Long, List<StoredIndicator>> rows = new HashMap<>();
        for (int from = 0; from < documentIds.size(); from += IN_CHUNK) {
            List<Long> chunk = documentIds.subList(from, Math.min(documentIds.size(), from + IN_CHUNK));
            String sql = IndicatorRows.SELECT + "WHERE document_id IN (" + IndicatorRows.placeholders(chunk.size())
                    + ") ORDER BY document_id, start_offset, id";
            jdbc.call("load the indicators of " + chunk.size() + " documents", c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setLong(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            StoredIndicator s = IndicatorRows.read(rs);
                            rows.computeIfAbsent(s.documentId(), k -> new ArrayList<>()).add(s);
                        }
                    }
                }
                return null;
            });
        }
        documentIds.forEach(id -> rows.putIfAbsent(id, List.of()));
        return rows;
    }

    public Optional<StoredIndicator> findById(long id) {
        return jdbc.call("load indicator " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(BY_ID)) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(IndicatorRows.read(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Adds an indicator the engine missed; returns its id. */
    public long insertAnalystIndicator(long documentId, IndicatorValue value, ReviewStatus status,
                                       String analyst, Instant at) {
        Objects.requireNonNull(analyst, "analyst");
        return jdbc.atomically("add an indicator to document " + documentId, c -> {
            long id = IndicatorRows.insertOne(c, documentId, IndicatorOrigin.ANALYST, status, value, at, analyst);
            ReviewCounts.refresh(c, documentId);
            return id;
        });
    }

    /** Replaces every value field (name, number, unit, year, offsets ...) of the indicator. */
    public void updateValue(long id, IndicatorValue value, String analyst, Instant at) {
        update(id, "change indicator " + id, VALUE_UPDATE, false, analyst, at,
                (ps, next) -> IndicatorRows.bindValue(ps, next, value));
    }

    public void updateStatus(long id, ReviewStatus status, String analyst, Instant at) {
        Objects.requireNonNull(status, "status");
        update(id, "set the status of indicator " + id, STATUS_UPDATE, true, analyst, at, (ps, next) -> {
            ps.setString(next, status.id());
            return next + 1;
        });
    }

    /** Sets the analyst's note; null clears it. */
    public void updateNote(long id, String note, String analyst, Instant at) {
        update(id, "change the note of indicator " + id, NOTE_UPDATE, false, analyst, at, (ps, next) -> {
            setString(ps, next, note);
            return next + 1;
        });
    }

    /** Hides (or restores) an indicator; rows are never removed so that review history stays whole. */
    public void setDeleted(long id, boolean deleted, String analyst, Instant at) {
        update(id, (deleted ? "delete" : "restore") + " indicator " + id, DELETED_UPDATE, true, analyst, at,
                (ps, next) -> {
                    ps.setBoolean(next, deleted);
                    return next + 1;
                });
    }

    /**
     * Writes the whole review state of the row (its value, status, note and whether it is deleted) and raises
     * its version, provided the row is still at {@code expectedVersion}: the check is part of the UPDATE, so
     * a change committed by another client in between is never overwritten. A change of tags only writes the
     * row as it is, to raise its version.
     *
     * @return false when the row is not at {@code expectedVersion} (or no longer exists): nothing was written
     */
    public boolean writeReview(long id, long expectedVersion, IndicatorReview review, String analyst, Instant at) {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(analyst, "analyst");
        Objects.requireNonNull(at, "at");
        return jdbc.atomically("change indicator " + id, c -> {
            long documentId = ReviewCounts.documentOf(c, id);
            int written;
            try (PreparedStatement ps = c.prepareStatement(REVIEW_UPDATE)) {
                int next = IndicatorRows.bindValue(ps, 1, review.value());
                ps.setString(next++, review.status().id());
                setString(ps, next++, review.note());
                ps.setBoolean(next++, review.deleted());
                setInstant(ps, next++, at);
                ps.setString(next++, analyst);
                ps.setLong(next++, id);
                ps.setLong(next, expectedVersion);
                written = ps.executeUpdate();
            }
            if (written > 0 && review.changesCounts()) {
                ReviewCounts.refresh(c, documentId);
            }
            return written > 0;
        });
    }

    @FunctionalInterface
    private interface Binder {
        int bind(PreparedStatement ps, int first) throws java.sql.SQLException;
    }

    private static String updateOf(String assignments) {
        return "UPDATE indicator SET " + assignments + ", updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?";
    }

    /** Runs one of the constant {@code *_UPDATE} statements, whose parameters end with time, analyst and id. */
    private void update(long id, String what, String statement, boolean changesCounts, String analyst,
                        Instant at, Binder binder) {
        Objects.requireNonNull(analyst, "analyst");
        Objects.requireNonNull(at, "at");
        jdbc.atomically(what, c -> {
            long documentId = ReviewCounts.documentOf(c, id);
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                int next = binder.bind(ps, 1);
                setInstant(ps, next++, at);
                ps.setString(next++, analyst);
                ps.setLong(next, id);
                ps.executeUpdate();
            }
            if (changesCounts) {
                ReviewCounts.refresh(c, documentId);
            }
            return null;
        });
    }
}
