package io.zhibiao.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Read-only queries the export needs in bulk, where the per-row DAO calls would cost one query per
 * indicator (tags of 100,000 indicators).
 */
public final class ExportQueries {
    private final Jdbc jdbc;

    ExportQueries(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Tag names of every tagged indicator of the document, by indicator id, names in alphabetical order. */
    public Map<Long, List<String>> tagNamesByIndicator(long documentId) {
        return jdbc.call("load the tags of document " + documentId, c -> {
            Map<Long, List<String>> result = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT it.indicator_id, t.name FROM indicator_tag it "
                    + "JOIN tag t ON t.id = it.tag_id JOIN indicator i ON i.id = it.indicator_id "
                    + "WHERE i.document_id = ? ORDER BY it.indicator_id, t.name")) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(2)).add(rs.getString(2));
                    }
                }
            }
            return result;
        });
    }
}
