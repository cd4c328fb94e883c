package io.zhibiao.core.store;

import io.zhibiao.core.model.DocumentKind;

import java.sql.ResultSet;
import java.sql.SQLException;

import static io.zhibiao.core.store.JdbcValues.*;

/** The summary query of the document table and the mapping of its rows. */
final class DocumentRows {
    /** Callers append a WHERE and/or ORDER BY clause. */
    static final String SELECT = "SELECT d.id, d.source_path, d.file_name, d.content_hash, "
            + "d.file_size, d.format, d.encoding, d.title, d.region_code, d.region_confidence, d.report_year, "
            + "d.year_confidence, d.kind, d.kind_confidence, d.region_code_override, d.report_year_override, "
            + "d.kind_override, r.name AS region_name, d.published_on, d.delivered_on, d.speaker, "
            + "d.speaker_title, d.publisher, d.index_number, d.imported_at, d.previous_version_id, "
            + "d.indicator_count, d.live_indicator_count, d.reviewed_indicator_count, d.override_version FROM document d "
            + "LEFT JOIN region r ON r.code = COALESCE(d.region_code_override, d.region_code) ";

    /**
     * The condition that leaves out documents in the trash (see V4__document_trash.sql); every query that
     * lists, searches, charts or exports documents has it, a look-up by id or content hash does not.
     */
    static final String LIVE = "d.deleted_at IS NULL ";

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
                rs.getInt("indicator_count"), rs.getInt("live_indicator_count"),
                rs.getInt("reviewed_indicator_count"), rs.getLong("override_version"));
    }

    private static DocumentKind kind(String id) {
        return id == null ? null : DocumentKind.fromId(id);
    }
}
