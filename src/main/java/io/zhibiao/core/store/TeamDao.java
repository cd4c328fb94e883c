package io.zhibiao.core.store;

import io.zhibiao.core.model.Adjudication;
import io.zhibiao.core.model.Assignment;
import io.zhibiao.core.model.FigureReading;
import io.zhibiao.core.model.SecondReviewMark;
import io.zhibiao.core.model.SecondVerdict;
import io.zhibiao.core.model.Verdict;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.zhibiao.core.store.JdbcValues.*;

/**
 * The team's work on the store (schema version 7): document assignments, documents marked for a second
 * review, the second analyst's verdicts and the adjudicated decisions. Writes belong inside
 * {@link Store#inTransaction}, beside the audit events that record them; reads may use the store's DAOs.
 */
public final class TeamDao {
    private static final String LIVE = " AND EXISTS (SELECT 1 FROM document d WHERE d.id = %s.document_id"
            + " AND d.deleted_at IS NULL)";
    private final Jdbc jdbc;

    private TeamDao(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The team DAO of {@code access}: inside a transaction it shares the transaction's connection. */
    public static TeamDao of(DataAccess access) {
        if (access instanceof Daos daos) {
            return new TeamDao(daos.jdbc());
        }
        if (access instanceof Store store) {
            return new TeamDao(store.jdbc());
        }
        throw new IllegalArgumentException("TeamDao works on a Store or inside Store.inTransaction only.");
    }

    // ---- assignment ------------------------------------------------------------------------------------

    public Optional<Assignment> assignment(long documentId) {
        return one(list("load the assignment of document " + documentId, "SELECT document_id, analyst, assigned_by, "
                + "assigned_at FROM document_assignment WHERE document_id = ?", TeamDao::assignmentOf, documentId));
    }

    /** Assigns the document, replacing any earlier assignment. */
    public void assign(Assignment a) {
        replace("assign document " + a.documentId(), "DELETE FROM document_assignment WHERE document_id = ?",
                a.documentId(), "INSERT INTO document_assignment (document_id, analyst, assigned_by, assigned_at) "
                        + "VALUES (?, ?, ?, ?)", ps -> {
                    ps.setLong(1, a.documentId());
                    ps.setString(2, a.analyst());
                    ps.setString(3, a.assignedBy());
                    setInstant(ps, 4, a.assignedAt());
                });
    }

    public void unassign(long documentId) {
        jdbc.call("unassign document " + documentId,
                c -> delete(c, "DELETE FROM document_assignment WHERE document_id = ?", documentId));
    }

    /** The ids of the documents (not in the trash) assigned to {@code analyst}. */
    public List<Long> assignedTo(String analyst) {
        return list("list the documents of " + analyst, "SELECT document_id FROM document_assignment "
                + "WHERE analyst = ?" + LIVE.formatted("document_assignment") + " ORDER BY document_id",
                rs -> rs.getLong(1), analyst);
    }

    /** How many documents (not in the trash) each analyst has, by name. */
    public Map<String, Integer> countsPerAnalyst() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        list("count the documents per analyst", "SELECT analyst, COUNT(*) FROM document_assignment WHERE 1 = 1"
                + LIVE.formatted("document_assignment") + " GROUP BY analyst ORDER BY analyst",
                rs -> counts.put(rs.getString(1), rs.getInt(2)));
        return counts;
    }

    // ---- second review ---------------------------------------------------------------------------------

    public Optional<SecondReviewMark> secondReview(long documentId) {
        return one(list("load the second review of document " + documentId, "SELECT document_id, analyst, "
                + "marked_by, marked_at FROM second_review WHERE document_id = ?", TeamDao::markOf, documentId));
    }

    /** Every document (not in the trash) marked for second review, by id. */
    public List<SecondReviewMark> secondReviews() {
        return list("list the documents marked for second review", "SELECT document_id, analyst, marked_by, "
                + "marked_at FROM second_review WHERE 1 = 1" + LIVE.formatted("second_review")
                + " ORDER BY document_id", TeamDao::markOf);
    }

    /** Marks the document for second review, replacing an earlier mark. */
    public void markForSecondReview(SecondReviewMark m) {
        replace("mark document " + m.documentId() + " for second review", "DELETE FROM second_review WHERE "
                + "document_id = ?", m.documentId(), "INSERT INTO second_review (document_id, analyst, marked_by, "
                + "marked_at) VALUES (?, ?, ?, ?)", ps -> {
                    ps.setLong(1, m.documentId());
                    setString(ps, 2, m.analyst());
                    ps.setString(3, m.markedBy());
                    setInstant(ps, 4, m.markedAt());
                });
    }

    public List<SecondVerdict> secondVerdicts(long documentId) {
        return list("load the second verdicts of document " + documentId, "SELECT indicator_id, document_id, "
                + "analyst, status, stated_value, unit, code, reviewed_at FROM second_verdict WHERE document_id = ? "
                + "ORDER BY indicator_id", TeamDao::verdictOf, documentId);
    }

    /** Records the second analyst's verdict on a row, replacing their earlier one. */
    public void putSecondVerdict(SecondVerdict v) {
        replace("record the second verdict on indicator " + v.indicatorId(), "DELETE FROM second_verdict WHERE "
                + "indicator_id = ?", v.indicatorId(), "INSERT INTO second_verdict (indicator_id, document_id, analyst, "
                + "status, stated_value, unit, code, reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setLong(1, v.indicatorId());
                    ps.setLong(2, v.documentId());
                    ps.setString(3, v.analyst());
                    ps.setString(4, v.verdict().id());
                    setReading(ps, 5, v.reading());
                    setInstant(ps, 8, v.reviewedAt());
                });
    }

    // ---- adjudication ----------------------------------------------------------------------------------

    public List<Adjudication> adjudications(long documentId) {
        return list("load the decisions on document " + documentId, "SELECT indicator_id, document_id, decision, "
                + "first_status, first_value, first_unit, first_code, analyst, decided_at FROM adjudication "
                + "WHERE document_id = ? ORDER BY indicator_id", TeamDao::adjudicationOf, documentId);
    }

    /** Records a decision; a row is decided once (a second decision on it replaces the first). */
    public void putAdjudication(Adjudication a) {
        replace("record the decision on indicator " + a.indicatorId(), "DELETE FROM adjudication WHERE "
                + "indicator_id = ?", a.indicatorId(), "INSERT INTO adjudication (indicator_id, document_id, decision, "
                + "first_status, first_value, first_unit, first_code, analyst, decided_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setLong(1, a.indicatorId());
                    ps.setLong(2, a.documentId());
                    ps.setString(3, a.decision().id());
                    ps.setString(4, a.firstVerdict().id());
                    setReading(ps, 5, a.firstReading());
                    ps.setString(8, a.analyst());
                    setInstant(ps, 9, a.decidedAt());
                });
    }

    // ---- machinery -------------------------------------------------------------------------------------

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** Deletes the row keyed {@code key} and inserts its successor, in one statement pair on one connection. */
    private void replace(String what, String delete, long key, String insert, Binder binder) {
        jdbc.atomically(what, c -> {
            delete(c, delete, key);
            try (PreparedStatement ps = c.prepareStatement(insert)) {
                binder.bind(ps);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** A reading's value, unit and code into three parameters from {@code first}; all null for none. */
    private static void setReading(PreparedStatement ps, int first, FigureReading r) throws SQLException {
        setDouble(ps, first, r == null ? null : r.value());
        setString(ps, first + 1, r == null ? null : r.unit());
        setString(ps, first + 2, r == null ? null : r.code());
    }

    private <T> List<T> list(String what, String sql, Row<T> row, Object... params) {
        return jdbc.call(what, c -> {
            List<T> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(row.read(rs));
                    }
                }
            }
            return result;
        });
    }

    private static <T> Optional<T> one(List<T> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private static Void delete(java.sql.Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        return null;
    }

    private static Assignment assignmentOf(ResultSet rs) throws SQLException {
        return new Assignment(rs.getLong("document_id"), rs.getString("analyst"), rs.getString("assigned_by"),
                getInstant(rs, "assigned_at"));
    }

    private static SecondReviewMark markOf(ResultSet rs) throws SQLException {
        return new SecondReviewMark(rs.getLong("document_id"), rs.getString("analyst"), rs.getString("marked_by"),
                getInstant(rs, "marked_at"));
    }

    private static SecondVerdict verdictOf(ResultSet rs) throws SQLException {
        Verdict v = Verdict.fromId(rs.getString("status"));
        FigureReading reading = v == Verdict.REJECTED ? null : new FigureReading(getDouble(rs, "stated_value"),
                rs.getString("unit"), rs.getString("code"));
        return new SecondVerdict(rs.getLong("indicator_id"), rs.getLong("document_id"), rs.getString("analyst"), v,
                reading, getInstant(rs, "reviewed_at"));
    }

    private static Adjudication adjudicationOf(ResultSet rs) throws SQLException {
        Verdict first = Verdict.fromId(rs.getString("first_status"));
        FigureReading reading = first == Verdict.REJECTED ? null : new FigureReading(getDouble(rs, "first_value"),
                rs.getString("first_unit"), rs.getString("first_code"));
        return new Adjudication(rs.getLong("indicator_id"), rs.getLong("document_id"),
                Adjudication.Decision.fromId(rs.getString("decision")), first, reading, rs.getString("analyst"),
                getInstant(rs, "decided_at"));
    }
}
