package io.zhibiao.core.store;

import io.zhibiao.core.model.IndicatorValue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.zhibiao.core.store.JdbcValues.*;

/**
 * Store operations only the review layer needs: tag usage for autocomplete and the row work of re-running
 * extraction on a reviewed document. Only available inside {@link Store#inTransaction}, because every
 * review change is written together with its audit events.
 */
public final class ReviewDao {
    private final Jdbc jdbc;

    private ReviewDao(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The review DAO sharing the transaction of {@code access}. */
    public static ReviewDao of(DataAccess access) {
        if (access instanceof Daos daos) {
            return new ReviewDao(daos.jdbc());
        }
        throw new IllegalArgumentException("ReviewDao works inside Store.inTransaction only.");
    }

    /** Every tag with how many live indicators (not in the trash) carry it: most used first, then by name. */
    public List<TagUsage> tagUsage() {
        return jdbc.call("count tag usage", c -> {
            List<TagUsage> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT t.id, t.name, t.color, COUNT(i.id) AS uses "
                    + "FROM tag t LEFT JOIN indicator_tag it ON it.tag_id = t.id "
                    + "LEFT JOIN indicator i ON i.id = it.indicator_id AND i.deleted = FALSE AND NOT EXISTS "
                    + "(SELECT 1 FROM document d WHERE d.id = i.document_id AND d.deleted_at IS NOT NULL) "
                    + "GROUP BY t.id, t.name, t.color ORDER BY uses DESC, t.name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new TagUsage(new Tag(rs.getLong("id"), rs.getString("name"), rs.getString("color")),
                            rs.getInt("uses")));
                }
            }
            return result;
        });
    }

    /** The tagged indicators among those of the given documents (at most a few hundred: one IN list). */
    public Set<Long> taggedIndicatorIds(List<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return Set.of();
        }
        return jdbc.call("find the tagged indicators of " + documentIds.size() + " documents", c -> {
            Set<Long> ids = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT it.indicator_id FROM indicator_tag it "
                    + "JOIN indicator i ON i.id = it.indicator_id WHERE i.document_id IN ("
                    + IndicatorRows.placeholders(documentIds.size()) + ")")) {
                for (int i = 0; i < documentIds.size(); i++) {
                    ps.setLong(i + 1, documentIds.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    /** Ids of the document's indicators (deleted or not) that carry at least one tag. */
    public Set<Long> taggedIndicatorIds(long documentId) {
        return jdbc.call("find the tagged indicators of document " + documentId, c -> {
            Set<Long> ids = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT it.indicator_id FROM indicator_tag it "
                    + "JOIN indicator i ON i.id = it.indicator_id WHERE i.document_id = ?")) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    /** Adds an engine row found by a re-run; unreviewed and not stamped with an analyst. */
    public long insertEngineIndicator(long documentId, IndicatorValue value, Instant at) {
        return jdbc.atomically("add an engine indicator to document " + documentId, c ->
                IndicatorRows.insertOne(c, documentId, IndicatorOrigin.ENGINE, ReviewStatus.UNREVIEWED, value,
                        at, null));
    }

    /** Replaces the value of an untouched engine row with what a re-run found, keeping its id. */
    public void refreshEngineValue(long id, IndicatorValue value, Instant at) {
        String assignments = String.join(" = ?, ", IndicatorRows.VALUE_COLUMNS.split(", ")) + " = ?";
        jdbc.atomically("refresh indicator " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE indicator SET " + assignments
                    + ", updated_at = ?, version = version + 1 WHERE id = ? AND origin = 'engine' AND status = 'unreviewed'")) {
                int next = IndicatorRows.bindValue(ps, 1, value);
                setInstant(ps, next++, at);
                ps.setLong(next, id);
                if (ps.executeUpdate() == 0) {
                    throw new StoreException("Indicator " + id + " is not an unreviewed engine indicator.");
                }
            }
            return null;
        });
    }

    /**
     * Removes engine rows a re-run no longer finds. Only unreviewed engine rows qualify: a row carrying
     * any analyst decision is never removed, whatever the caller passes.
     */
    public int removeUnreviewedEngineIndicators(long documentId, Collection<Long> ids) {
        return jdbc.atomically("remove outdated indicators of document " + documentId, c -> {
            int removed = 0;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM indicator WHERE id = ? AND document_id = ? "
                    + "AND origin = 'engine' AND status = 'unreviewed'")) {
                for (long id : ids) {
                    ps.setLong(1, id);
                    ps.setLong(2, documentId);
                    removed += ps.executeUpdate();
                }
            }
            return removed;
        });
    }

    /**
     * After a re-run: sets the document's engine indicator count to the engine rows it now holds (so the
     * completeness check stays meaningful) and recounts its live and reviewed indicators.
     */
    public void finishRerun(long documentId) {
        finishRerun(documentId, null);
    }

    /** As {@link #finishRerun(long)}, also recording which engine and catalog ran, when known (not null). */
    public void finishRerun(long documentId, String extractedWith) {
        jdbc.atomically("recount document " + documentId, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE document SET indicator_count = "
                    + "(SELECT COUNT(*) FROM indicator i WHERE i.document_id = ? AND i.origin = 'engine'), "
                    + "extracted_with = COALESCE(?, extracted_with) WHERE id = ?")) {
                ps.setLong(1, documentId);
                setString(ps, 2, extractedWith);
                ps.setLong(3, documentId);
                ps.executeUpdate();
            }
            ReviewCounts.refresh(c, documentId);
            return null;
        });
    }

    /**
     * Moves every document stamped {@code from} to {@code to}: documents a catalog change cannot touch (its
     * phrase is not in their text) extract alike under both, so they need no re-run. Returns how many moved.
     */
    public int restamp(String from, String to) {
        return jdbc.atomically("restamp documents", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE document SET extracted_with = ? "
                    + "WHERE extracted_with = ?")) {
                ps.setString(1, to);
                ps.setString(2, from);
                return ps.executeUpdate();
            }
        });
    }
}
