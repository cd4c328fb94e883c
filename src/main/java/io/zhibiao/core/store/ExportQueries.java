package io.zhibiao.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Read-only queries the export needs in bulk, where the per-row DAO calls would cost one query per
 * indicator (tags of 100,000 indicators), or one connection per document.
 */
public final class ExportQueries {
    private static final String INDICATORS = IndicatorRows.SELECT
            + "WHERE document_id = ? AND deleted = FALSE ORDER BY start_offset, id";
    private static final String TAGS = "SELECT it.indicator_id, t.name FROM indicator_tag it "
            + "JOIN tag t ON t.id = it.tag_id JOIN indicator i ON i.id = it.indicator_id "
            + "WHERE i.document_id = ? ORDER BY it.indicator_id, t.name";

    private final Jdbc jdbc;

    ExportQueries(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Tag names of every tagged indicator of the document, by indicator id, names in alphabetical order. */
    public Map<Long, List<String>> tagNamesByIndicator(long documentId) {
        return jdbc.call("load the tags of document " + documentId, c -> {
            try (PreparedStatement ps = c.prepareStatement(TAGS)) {
                return tags(ps, documentId);
            }
        });
    }

    /**
     * The source sentences of the given indicators, by id, in one query: the few hundred or thousand
     * sentences a large export needs after the fact (its rows keep none in memory). Ids without a
     * sentence are left out.
     */
    public Map<Long, String> sentences(Collection<Long> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.call("load " + indicatorIds.size() + " source sentences", c -> {
            Map<Long, String> result = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, sentence FROM indicator WHERE id = ANY(?) AND sentence IS NOT NULL")) {
                ps.setObject(1, indicatorIds.toArray(Long[]::new));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            return result;
        });
    }

    /** Ids of the documents that have at least one history event. */
    public Set<Long> documentsWithHistory() {
        return jdbc.call("list the documents with history", c -> {
            Set<Long> ids = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT DISTINCT document_id FROM audit_event WHERE document_id IS NOT NULL");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    /** The live indicators and tags of one document, as {@link DocumentReader} reads them. */
    public record DocumentIndicators(List<StoredIndicator> indicators, Map<Long, List<String>> tags) {
    }

    /**
     * Reads documents one after another on one connection with its statements prepared once. Each
     * document's report text is checked against the hash taken at import before its indicators are
     * handed out: indicators of a text that was altered in the file are not exported as sound.
     */
    public interface DocumentReader {
        /**
         * @param withTags false when the store has no tags at all, which saves a query per document
         * @throws DamagedTextException if the document's text is not the text that was imported
         */
        DocumentIndicators read(long documentId, boolean withTags) throws SQLException;
    }

    public interface ReaderWork<T> {
        T run(DocumentReader reader) throws SQLException;
    }

    /**
     * Runs {@code work} with a reader on a single connection: reading thousands of documents this way
     * skips a connection and two statement compilations per document.
     */
    public <T> T withDocumentReader(ReaderWork<T> work) {
        return jdbc.call("load the indicators to export", c -> {
            try (PreparedStatement indicators = c.prepareStatement(INDICATORS);
                 PreparedStatement tags = c.prepareStatement(TAGS);
                 PreparedStatement text = c.prepareStatement(DocumentDao.TEXT)) {
                return work.run((documentId, withTags) -> {
                    checkText(text, documentId);
                    return new DocumentIndicators(IndicatorRows.readAll(indicators, documentId),
                            withTags ? tags(tags, documentId) : Map.of());
                });
            }
        });
    }

    private static void checkText(PreparedStatement ps, long documentId) throws SQLException {
        ps.setLong(1, documentId);
        try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                DocumentDao.verifiedText(rs, documentId);
            }
        }
    }

    private static Map<Long, List<String>> tags(PreparedStatement ps, long documentId) throws SQLException {
        ps.setLong(1, documentId);
        Map<Long, List<String>> result = new HashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(2)).add(rs.getString(2));
            }
        }
        return result;
    }
}
