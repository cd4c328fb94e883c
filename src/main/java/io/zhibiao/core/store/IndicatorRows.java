package io.zhibiao.core.store;

import io.zhibiao.core.model.Basis;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.Scope;
import io.zhibiao.core.model.ValueKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.zhibiao.core.store.JdbcValues.*;

/** Maps {@link IndicatorValue} to the indicator table and back; shared by the document and indicator DAOs. */
final class IndicatorRows {
    /** The value columns, in the order {@link #bindValue} fills them. */
    static final String VALUE_COLUMNS = "code, name, measure, kind, period_year, stated_value, unit, "
            + "normalized_value, normalized_unit, qualifier, low, high, stretch, estimated, qualitative, "
            + "start_offset, end_offset, sentence, confidence, basis, period_from, period_to, scope, scope_name";
    static final int VALUE_COLUMN_COUNT = 24;

    static final String SELECT = "SELECT id, document_id, origin, " + VALUE_COLUMNS
            + ", status, note, deleted, updated_at, updated_by, version FROM indicator ";

    private static final String INSERT = "INSERT INTO indicator (document_id, origin, status, deleted, "
            + "updated_at, updated_by, " + VALUE_COLUMNS + ") VALUES (?, ?, ?, FALSE, ?, ?, "
            + placeholders(VALUE_COLUMN_COUNT) + ")";

    private IndicatorRows() {
    }

    static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    /** Binds the value columns starting at parameter {@code first}; returns the next free index. */
    static int bindValue(PreparedStatement ps, int first, IndicatorValue v) throws SQLException {
        int i = first;
        setString(ps, i++, v.code());
        setString(ps, i++, v.name());
        setString(ps, i++, v.measure() == null ? null : v.measure().id());
        setString(ps, i++, v.kind() == null ? null : v.kind().id());
        setInteger(ps, i++, v.year());
        setDouble(ps, i++, v.value());
        setString(ps, i++, v.unit());
        setDouble(ps, i++, v.normalizedValue());
        setString(ps, i++, v.normalizedUnit());
        setString(ps, i++, v.qualifier() == null ? null : v.qualifier().id());
        setDouble(ps, i++, v.low());
        setDouble(ps, i++, v.high());
        ps.setBoolean(i++, v.stretch());
        ps.setBoolean(i++, v.estimated());
        ps.setBoolean(i++, v.qualitative());
        ps.setInt(i++, v.start());
        ps.setInt(i++, v.end());
        setString(ps, i++, v.sentence());
        ps.setDouble(i++, v.confidence());
        ps.setString(i++, v.basis().id());
        setInteger(ps, i++, v.periodFrom());
        setInteger(ps, i++, v.periodTo());
        ps.setString(i++, v.scope().id());
        setString(ps, i++, v.scopeName());
        return i;
    }

    /** Inserts rows in one batch on the caller's connection (and so in the caller's transaction). */
    static void insertAll(Connection c, long documentId, IndicatorOrigin origin, ReviewStatus status,
                          List<IndicatorValue> values, Instant at, String analyst) throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (IndicatorValue v : values) {
                bindInsert(ps, documentId, origin, status, v, at, analyst);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static long insertOne(Connection c, long documentId, IndicatorOrigin origin, ReviewStatus status,
                          IndicatorValue value, Instant at, String analyst) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT, PreparedStatement.RETURN_GENERATED_KEYS)) {
            bindInsert(ps, documentId, origin, status, value, at, analyst);
            ps.executeUpdate();
            return generatedKey(ps);
        }
    }

    private static void bindInsert(PreparedStatement ps, long documentId, IndicatorOrigin origin,
                                   ReviewStatus status, IndicatorValue v, Instant at, String analyst)
            throws SQLException {
        ps.setLong(1, documentId);
        ps.setString(2, origin.id());
        ps.setString(3, status.id());
        setInstant(ps, 4, at);
        setString(ps, 5, analyst);
        bindValue(ps, 6, v);
    }

    /** Runs {@code ps}, a query of indicator rows of one document (its only parameter), and reads them all. */
    static List<StoredIndicator> readAll(PreparedStatement ps, long documentId) throws SQLException {
        ps.setLong(1, documentId);
        List<StoredIndicator> result = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(read(rs));
            }
        }
        return result;
    }

    /**
     * Reads a row of {@link #SELECT} by column position: H2 looks a column label up by upper-casing and hashing
     * it on every call, which was a third of the time of reading a document's rows.
     */
    static StoredIndicator read(ResultSet rs) throws SQLException {
        String measure = rs.getString(6);
        String kind = rs.getString(7);
        String qualifier = rs.getString(13);
        IndicatorValue value = new IndicatorValue(rs.getString(4), rs.getString(5),
                measure == null ? null : Measure.fromId(measure),
                kind == null ? null : ValueKind.fromId(kind),
                getInteger(rs, 8), getDouble(rs, 9), rs.getString(10),
                getDouble(rs, 11), rs.getString(12),
                qualifier == null ? null : Qualifier.fromId(qualifier),
                getDouble(rs, 14), getDouble(rs, 15),
                rs.getBoolean(16), rs.getBoolean(17), rs.getBoolean(18),
                rs.getInt(19), rs.getInt(20), rs.getString(21),
                rs.getDouble(22), Basis.fromId(rs.getString(23)), getInteger(rs, 24),
                getInteger(rs, 25), Scope.fromId(rs.getString(26)), rs.getString(27));
        return new StoredIndicator(rs.getLong(1), rs.getLong(2),
                IndicatorOrigin.fromId(rs.getString(3)), value,
                ReviewStatus.fromId(rs.getString(28)), rs.getString(29), rs.getBoolean(30),
                getInstant(rs, 31), rs.getString(32), rs.getLong(33));
    }
}
