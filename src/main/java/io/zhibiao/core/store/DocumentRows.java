package io.zhibiao.core.store;

import io.zhibiao.core.model.DocumentKind;

import java.sql.ResultSet;
import java.sql.SQLException;

import static io.zhibiao.core.store.JdbcValues.*;

/** The summary queries of the document table and the mapping of their rows. */
final class DocumentRows {
    private static final String COLUMNS = "SELECT d.id, d.source_path, d.file_name, d.content_hash, "
            + "d.file_size, d.format, d.encoding, d.title, d.region_code, d.region_confidence, d.report_year, "
            + "d.year_confidence, d.kind, d.kind_confidence, d.region_code_override, d.report_year_override, "
            + "d.kind_override, r.name AS region_name, d.published_on, d.delivered_on, d.speaker, "
            + "d.speaker_title, d.publisher, d.index_number, d.imported_at, d.previous_version_id, "
            + "d.indicator_count, ";

    private static final String REGION_JOIN =
            " LEFT JOIN region r ON r.code = COALESCE(d.region_code_override, d.region_code)";

    /** For the whole list: one pass over the indicator table, grouped, rather than a lookup per row. */
    static final String LIST = COLUMNS
            + "COALESCE(c.live_count, 0) AS live_count, COALESCE(c.reviewed_count, 0) AS reviewed_count "
            + "FROM document d" + REGION_JOIN
            + " LEFT JOIN (SELECT document_id, COUNT(*) AS live_count, "
            + "SUM(CASE WHEN status <> 'unreviewed' THEN 1 ELSE 0 END) AS reviewed_count "
            + "FROM indicator WHERE deleted = FALSE GROUP BY document_id) c ON c.document_id = d.id "
            + "ORDER BY d.id";

    /** For single lookups: counts through the document_id index; callers append a WHERE clause. */
    static final String SINGLE = COLUMNS
            + "(SELECT COUNT(*) FROM indicator i WHERE i.document_id = d.id AND i.deleted = FALSE) AS live_count, "
            + "(SELECT COUNT(*) FROM indicator i WHERE i.document_id = d.id AND i.deleted = FALSE "
            + "AND i.status <> 'unreviewed') AS reviewed_count "
            + "FROM document d" + REGION_JOIN + " ";

    private DocumentRows() {
    }

    static DocumentSummary read(ResultSet rs) throws SQLException {
        return new DocumentSummary(rs.getLong("id"), rs.getString("source_path"), rs.getString("file_name"),
                rs.getString("content_hash"), rs.getLong("file_size"), rs.getString("format"),
                rs.getString("encoding"), rs.getString("title"),
                rs.getString("region_code"), getDouble(rs, "region_confidence"),
                getInteger(rs, "report_year"), getDouble(rs, "year_confidence"),
                kind(rs.getString("kind")), getDouble(rs, "kind_confidence"),
                rs.getString("region_code_override"), getInteger(rs, "report_year_override"),
                kind(rs.getString("kind_override")),
                rs.getString("region_name"),
                getDate(rs, "published_on"), getDate(rs, "delivered_on"),
                rs.getString("speaker"), rs.getString("speaker_title"), rs.getString("publisher"),
                rs.getString("index_number"), getInstant(rs, "imported_at"), getLong(rs, "previous_version_id"),
                rs.getInt("indicator_count"), rs.getInt("live_count"), rs.getInt("reviewed_count"));
    }

    private static DocumentKind kind(String id) {
        return id == null ? null : DocumentKind.fromId(id);
    }
}
