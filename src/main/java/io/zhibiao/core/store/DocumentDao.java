package io.zhibiao.core.store;

import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.IndicatorValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.zhibiao.core.store.JdbcValues.*;

/** Documents: import with their indicators, look-ups, the workbench list, and analyst overrides. */
public final class DocumentDao {
    private static final String INSERT = "INSERT INTO document (source_path, file_name, content_hash, "
            + "file_size, format, encoding, title, region_code, region_confidence, report_year, "
            + "year_confidence, kind, kind_confidence, published_on, delivered_on, speaker, speaker_title, "
            + "publisher, index_number, imported_at, previous_version_id, indicator_count, live_indicator_count, "
            + "extracted_with) VALUES (" + IndicatorRows.placeholders(24) + ")";
    /** Columns: original text, cleaned text, content hash, title, file name; one parameter, the document id. */
    static final String TEXT = "SELECT t.original_text, t.cleaned_text, d.content_hash, d.title, d.file_name "
            + "FROM document_text t JOIN document d ON d.id = t.document_id WHERE t.document_id = ?";

    private static final String LIVE_SUMMARIES = DocumentRows.SELECT + "WHERE " + DocumentRows.LIVE + "ORDER BY d.id";
    private static final String TRASH_SUMMARIES = DocumentRows.SELECT + "WHERE d.deleted_at IS NOT NULL ORDER BY d.id";

    static final String OVERRIDES_UPDATE = "UPDATE document SET region_code_override = ?, report_year_override = ?, "
            + "kind_override = ?, override_version = override_version + 1 WHERE id = ? AND override_version = ?";

    private final Jdbc jdbc;
    private final DocumentEvents.Sink stored;

    DocumentDao(Jdbc jdbc, DocumentEvents.Sink stored) {
        this.jdbc = jdbc;
        this.stored = stored;
    }

    /**
     * Stores the document, its texts and the engine's indicators in one transaction: either all of it
     * is stored or none. Returns the new document id.
     *
     * @throws DuplicateDocumentException if a document with the same content hash is already stored
     */
    public long insertDocument(NewDocument doc, List<IndicatorValue> indicators) {
        return insertDocument(doc, indicators, null);
    }

    /** As {@link #insertDocument(NewDocument, List)}, recording which engine and catalog found the indicators. */
    public long insertDocument(NewDocument doc, List<IndicatorValue> indicators, String extractedWith) {
        long id = insert(doc, indicators, extractedWith);
        stored.stored(id, doc.contentHash(), doc.originalText());
        return id;
    }

    private long insert(NewDocument doc, List<IndicatorValue> indicators, String extractedWith) {
        return jdbc.atomically("import " + doc.fileName(), c -> {
            if (containsHash(c, doc.contentHash())) {
                throw new DuplicateDocumentException(doc.contentHash(), doc.fileName());
            }
            long id = insertRow(c, doc, indicators.size(), extractedWith);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO document_text (document_id, original_text, cleaned_text) VALUES (?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setString(2, doc.originalText());
                setString(ps, 3, doc.cleanedText());
                ps.executeUpdate();
            }
            IndicatorRows.insertAll(c, id, IndicatorOrigin.ENGINE, ReviewStatus.UNREVIEWED, indicators,
                    doc.importedAt(), null);
            jdbc.announce(c, TeamChange.of(TeamChange.IMPORT, List.of(id), List.of()));
            return id;
        });
    }

    private static long insertRow(Connection c, NewDocument d, int indicatorCount, String extractedWith)
            throws SQLException {
        // PostgreSQL refuses every further statement of a transaction after a failed one: the savepoint lets
        // the look-up below run after a racing import's insert (another process, on a team store) won
        Savepoint beforeInsert = c.setSavepoint();
        try (PreparedStatement ps = c.prepareStatement(INSERT, PreparedStatement.RETURN_GENERATED_KEYS)) {
            int i = 1;
            ps.setString(i++, d.sourcePath());
            ps.setString(i++, d.fileName());
            ps.setString(i++, d.contentHash());
            ps.setLong(i++, d.fileSize());
            ps.setString(i++, d.format());
            setString(ps, i++, d.encoding());
            setString(ps, i++, d.title());
            setString(ps, i++, d.regionCode());
            setDouble(ps, i++, d.regionConfidence());
            setInteger(ps, i++, d.reportYear());
            setDouble(ps, i++, d.yearConfidence());
            setString(ps, i++, d.kind() == null ? null : d.kind().id());
            setDouble(ps, i++, d.kindConfidence());
            setDate(ps, i++, d.publishedOn());
            setDate(ps, i++, d.deliveredOn());
            setString(ps, i++, d.speaker());
            setString(ps, i++, d.speakerTitle());
            setString(ps, i++, d.publisher());
            setString(ps, i++, d.indexNumber());
            setInstant(ps, i++, d.importedAt());
            setLong(ps, i++, d.previousVersionId());
            ps.setInt(i++, indicatorCount);
            ps.setInt(i++, indicatorCount);
            setString(ps, i, extractedWith);
            ps.executeUpdate();
            return generatedKey(ps);
        } catch (SQLException e) {
            // Another thread or process may have imported the same content between our check and this insert.
            if (Jdbc.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                c.rollback(beforeInsert);
            }
            if (Jdbc.UNIQUE_VIOLATION.equals(e.getSQLState()) && containsHash(c, d.contentHash())) {
                throw new DuplicateDocumentException(d.contentHash(), d.fileName());
            }
            throw e;
        }
    }

    public boolean containsHash(String contentHash) {
        return jdbc.call("look up a content hash", c -> containsHash(c, contentHash));
    }

    private static boolean containsHash(Connection c, String contentHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM document WHERE content_hash = ?")) {
            ps.setString(1, contentHash.toLowerCase(Locale.ROOT));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    public Optional<DocumentSummary> findByHash(String contentHash) {
        return findOne("find a document by hash", "WHERE d.content_hash = ?",
                contentHash.toLowerCase(Locale.ROOT));
    }

    /** The document with this id, in the trash or not (undo and history need both). */
    public Optional<DocumentSummary> findById(long id) {
        return findOne("find document " + id, "WHERE d.id = ?", id);
    }

    /** The newest version imported from this path, if any. */
    public Optional<DocumentSummary> findLatestByPath(String sourcePath) {
        return findOne("find the document imported from " + sourcePath,
                "WHERE d.source_path = ? ORDER BY d.imported_at DESC, d.id DESC FETCH FIRST 1 ROWS ONLY",
                sourcePath);
    }

    private Optional<DocumentSummary> findOne(String what, String where, Object key) {
        return jdbc.call(what, c -> {
            try (PreparedStatement ps = c.prepareStatement(DocumentRows.SELECT + where)) {
                ps.setObject(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(DocumentRows.read(rs)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Every document not in the trash with its indicator and review counts, in import order; reads the
     * document table only.
     */
    public List<DocumentSummary> listSummaries() {
        return jdbc.call("list documents", c -> {
            try (PreparedStatement ps = c.prepareStatement(LIVE_SUMMARIES)) {
                return readAll(ps);
            }
        });
    }

    /** The documents in the trash (deleted, not yet purged), in import order. */
    public List<DocumentSummary> listTrash() {
        return jdbc.call("list the trash", c -> {
            try (PreparedStatement ps = c.prepareStatement(TRASH_SUMMARIES)) {
                return readAll(ps);
            }
        });
    }

    private static List<DocumentSummary> readAll(PreparedStatement ps) throws SQLException {
        List<DocumentSummary> result = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(DocumentRows.read(rs));
            }
        }
        return result;
    }

    /**
     * The documents not in the trash whose effective region is {@code regionCode}, by id. Served by the
     * region indexes, so it reads only the region's rows however large the corpus.
     */
    public List<DocumentSummary> listByRegion(String regionCode) {
        return jdbc.call("list the documents of region " + regionCode, c -> {
            List<DocumentSummary> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(DocumentRows.SELECT
                    + "WHERE d.id IN (" + RegionFilter.documentIds(1) + ") ORDER BY d.id")) {
                RegionFilter.bind(ps, 1, List.of(regionCode));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(DocumentRows.read(rs));
                    }
                }
            }
            return result;
        });
    }

    /** The distinct effective regions of the documents not in the trash, sorted. */
    public List<String> effectiveRegionCodes() {
        return jdbc.call("list the regions of the documents", c -> {
            List<String> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT region_code FROM document "
                    + "WHERE region_code IS NOT NULL AND region_code_override IS NULL AND deleted_at IS NULL "
                    + "UNION SELECT region_code_override FROM document WHERE region_code_override IS NOT NULL "
                    + "AND deleted_at IS NULL "
                    + "ORDER BY 1");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getString(1));
                }
            }
            return result;
        });
    }

    /**
     * The document's texts, the original one checked against the hash taken at import.
     *
     * @throws DamagedTextException if the stored text is not the text that was imported
     */
    public Optional<DocumentText> loadText(long id) {
        return jdbc.call("load the text of document " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(TEXT)) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new DocumentText(id, verifiedText(rs, id), rs.getString(2)))
                            : Optional.empty();
                }
            }
        });
    }

    /** The original text of a row of {@link #TEXT}, checked (see {@link TextIntegrity}). */
    static String verifiedText(ResultSet rs, long id) throws SQLException {
        return TextIntegrity.verified(id, rs.getString(1), rs.getString(3), rs.getString(4), rs.getString(5));
    }

    /**
     * Ids of documents that are not whole: the number of engine indicators differs from the count
     * written at import, or the text is missing. Empty on a healthy store. It reads every indicator
     * (about 4 s for 600,000), so run it off the UI thread.
     */
    public List<Long> findIncomplete() {
        return jdbc.call("check documents for completeness", c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT d.id FROM document d WHERE d.indicator_count <> "
                    + "(SELECT COUNT(*) FROM indicator i WHERE i.document_id = d.id AND i.origin = 'engine') "
                    + "OR NOT EXISTS (SELECT 1 FROM document_text t WHERE t.document_id = d.id) ORDER BY d.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    /**
     * Ids of the documents whose engine rows were not found by {@code extractedWith} (another engine or
     * catalog, or one not recorded), in id order.
     */
    public List<Long> extractedOtherwise(String extractedWith) {
        return jdbc.call("find documents extracted otherwise", c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM document WHERE extracted_with IS NULL"
                    + " OR extracted_with <> ? ORDER BY id")) {
                ps.setString(1, extractedWith);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    /** Which engine and catalog found the document's engine rows, empty when not recorded. */
    public Optional<String> extractedWith(long id) {
        return jdbc.call("read how document " + id + " was extracted", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT extracted_with FROM document WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Sets the analyst's region for a document; null removes the override. */
    public void overrideRegion(long id, String regionCode) {
        updateColumn(id, "region_code_override", regionCode);
    }

    /** Sets the analyst's report year for a document; null removes the override. */
    public void overrideYear(long id, Integer year) {
        updateColumn(id, "report_year_override", year);
    }

    /** Sets the analyst's document kind; null removes the override. */
    public void overrideKind(long id, DocumentKind kind) {
        updateColumn(id, "kind_override", kind == null ? null : kind.id());
    }

    /**
     * Writes the analyst's region, year and kind of the document (null: the detected one) and raises the
     * version of its corrections, provided they are still at {@code expectedVersion}: the check is part of
     * the UPDATE, so another client's correction committed in between is never overwritten.
     *
     * @return false when the corrections are not at {@code expectedVersion} (or the document is gone)
     */
    public boolean writeOverrides(long id, long expectedVersion, String regionCode, Integer year, DocumentKind kind) {
        return jdbc.call("correct document " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(OVERRIDES_UPDATE)) {
                setString(ps, 1, regionCode);
                setInteger(ps, 2, year);
                setString(ps, 3, kind == null ? null : kind.id());
                ps.setLong(4, id);
                ps.setLong(5, expectedVersion);
                return ps.executeUpdate() > 0;
            }
        });
    }

    // column is always one of the constants above, never caller input
    private void updateColumn(long id, String column, Object value) {
        jdbc.call("change " + column + " of document " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE document SET " + column
                    + " = ?, override_version = override_version + 1 WHERE id = ?")) {
                ps.setObject(1, value);
                ps.setLong(2, id);
                if (ps.executeUpdate() == 0) {
                    throw new StoreException("Document " + id + " does not exist.");
                }
            }
            return null;
        });
    }

    /** When the document was put in the trash; empty when it is not there (or does not exist). */
    public Optional<Instant> deletedAt(long id) {
        return jdbc.call("look whether document " + id + " is in the trash", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT deleted_at FROM document WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(getInstant(rs, "deleted_at")) : Optional.empty();
                }
            }
        });
    }

    /**
     * Puts the document in the trash at {@code at}, or takes it out with null. Nothing else of it changes.
     * Listeners (the search index) hear of it once the transaction commits.
     */
    public void setDeletedAt(long id, Instant at) {
        jdbc.call((at == null ? "restore" : "delete") + " document " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE document SET deleted_at = ? WHERE id = ?")) {
                setInstant(ps, 1, at);
                ps.setLong(2, id);
                if (ps.executeUpdate() == 0) {
                    throw new StoreException("Document " + id + " does not exist.");
                }
            }
            jdbc.announce(c, TeamChange.of(at == null ? TeamChange.UNTRASH : TeamChange.TRASH, List.of(id),
                    at == null ? List.of() : List.of(id)));
            return null;
        });
        stored.trashed(id, at != null);
    }

    /**
     * The review work in these documents: how many of their rows an analyst verified, corrected or
     * rejected, and how many carry a tag (rows an analyst deleted are not counted).
     */
    public ReviewWork reviewWork(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return new ReviewWork(0, 0, 0, 0, 0);
        }
        return jdbc.call("count the review work of " + ids.size() + " documents", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT "
                    + "COUNT(CASE WHEN i.status = 'verified' THEN 1 END), "
                    + "COUNT(CASE WHEN i.status = 'corrected' THEN 1 END), "
                    + "COUNT(CASE WHEN i.status = 'rejected' THEN 1 END), "
                    + "COUNT(CASE WHEN EXISTS (SELECT 1 FROM indicator_tag it WHERE it.indicator_id = i.id) "
                    + "THEN 1 END) "
                    + "FROM indicator i WHERE i.document_id = ANY(?) AND i.deleted = FALSE")) {
                ps.setObject(1, ids.toArray(Long[]::new));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new ReviewWork(new java.util.HashSet<>(ids).size(), rs.getInt(1), rs.getInt(2),
                            rs.getInt(3), rs.getInt(4));
                }
            }
        });
    }

    /**
     * Removes every document in the trash with its text, indicators and their tags, for good; the audit
     * history stays. Returns the ids removed.
     */
    public List<Long> purgeTrash() {
        return jdbc.call("empty the trash", c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM document WHERE deleted_at IS NOT NULL "
                    + "ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM document WHERE deleted_at IS NOT NULL")) {
                ps.executeUpdate();
            }
            return ids;
        });
    }

    /** Removes a document with its text, indicators and their tags; audit history stays. */
    public boolean delete(long id) {
        return jdbc.call("delete document " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM document WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }
}
