package io.zhibiao.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Keeps document.live_indicator_count and reviewed_indicator_count equal to what the indicator table
 * says. Recounting (rather than adding or subtracting one) cannot drift; locking the document row
 * first makes a concurrent change to the same document wait, so the recount sees its committed rows.
 */
final class ReviewCounts {
    static final String LOCK_DOCUMENT = "SELECT id FROM document WHERE id = ? FOR UPDATE";
    static final String RECOUNT = "UPDATE document SET "
            + "live_indicator_count = (SELECT COUNT(*) FROM indicator i "
            + "WHERE i.document_id = ? AND i.deleted = FALSE), "
            + "reviewed_indicator_count = (SELECT COUNT(*) FROM indicator i "
            + "WHERE i.document_id = ? AND i.deleted = FALSE AND i.status <> 'unreviewed') "
            + "WHERE id = ?";
    static final String DOCUMENT_OF = "SELECT document_id FROM indicator WHERE id = ?";

    private ReviewCounts() {
    }

    static void refresh(Connection c, long documentId) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement(LOCK_DOCUMENT)) {
            lock.setLong(1, documentId);
            try (ResultSet rs = lock.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("Document " + documentId + " does not exist.");
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(RECOUNT)) {
            ps.setLong(1, documentId);
            ps.setLong(2, documentId);
            ps.setLong(3, documentId);
            ps.executeUpdate();
        }
    }

    /** The document an indicator belongs to; fails clearly if the indicator does not exist. */
    static long documentOf(Connection c, long indicatorId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DOCUMENT_OF)) {
            ps.setLong(1, indicatorId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("Indicator " + indicatorId + " does not exist.");
                }
                return rs.getLong(1);
            }
        }
    }
}
