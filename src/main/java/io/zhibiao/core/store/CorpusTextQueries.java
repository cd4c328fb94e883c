package io.zhibiao.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static io.zhibiao.core.store.JdbcValues.getInteger;

/**
 * Finds a phrase in the original texts of all documents not in the trash. The database does the filtering,
 * so texts of documents without the phrase never leave it; for each matching document only the first
 * position, a short piece of text around it and the number of occurrences are read.
 *
 * <p>POSITION instead of LIKE: the phrase is a plain parameter, so % and _ in it are literal. Every
 * function used (POSITION, SUBSTRING, REPLACE, LOWER, CHAR_LENGTH, GREATEST) runs unchanged on PostgreSQL.
 */
public final class CorpusTextQueries {
    /** One matching document. {@code firstPosition} is 0-based; {@code context} starts at {@code contextStart}. */
    public record TextMatch(long documentId, String regionCode, Integer year, String title, String fileName,
                            int firstPosition, int contextStart, String context, int occurrences) {
    }

    private static final String EFFECTIVE = "COALESCE(d.region_code_override, d.region_code) AS eff_region, "
            + "COALESCE(d.report_year_override, d.report_year) AS eff_year ";
    private static final String ORDER = "ORDER BY eff_region NULLS LAST, eff_year DESC NULLS LAST, d.id";
    /** The same order in Java, for results gathered from several queries. */
    private static final Comparator<TextMatch> RESULT_ORDER = Comparator
            .comparing(TextMatch::regionCode, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(TextMatch::year, Comparator.nullsLast(Comparator.<Integer>reverseOrder()))
            .thenComparingLong(TextMatch::documentId);
    /** Ids per statement: well below the parameter limits of H2 and PostgreSQL. */
    private static final int CHUNK = 500;
    /** Report texts per round trip of a streamed read: a few MB at most. */
    private static final int TEXTS_PER_FETCH = 32;

    private final Store store;

    public CorpusTextQueries(Store store) {
        this.store = store;
    }

    /**
     * Documents containing {@code phrase}, by effective region code then newest effective year first.
     *
     * @param ignoreCase compare lower-cased text and phrase (the caller lower-cases the phrase)
     * @param around     characters of context wanted on either side of the first occurrence
     */
    public List<TextMatch> find(String phrase, boolean ignoreCase, int around, int limit) {
        check(phrase, around, limit);
        return query(phrase, ignoreCase, around, limit, List.of());
    }

    /**
     * {@link #find(String, boolean, int, int)} among the given documents only: a search index names the
     * documents that may contain the phrase, and the texts of just those are read to confirm it and to
     * locate it. Ids of documents no longer stored are ignored.
     */
    public List<TextMatch> findAmong(Collection<Long> documentIds, String phrase, boolean ignoreCase, int around) {
        check(phrase, around, 1);
        List<TextMatch> result = new ArrayList<>();
        List<Long> ids = new ArrayList<>(documentIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            result.addAll(query(phrase, ignoreCase, around, Integer.MAX_VALUE,
                    ids.subList(from, Math.min(ids.size(), from + CHUNK))));
        }
        result.sort(RESULT_ORDER);
        return result;
    }

    /**
     * Every document not in the trash whose original text holds {@code folded} as the dictionary matcher compares
     * text (full-width Latin letters, digits and symbols as ASCII, letters upper-cased: ＧＤＰ, gdp and GDP alike),
     * by id, handed with its original text (checked against the hash taken at import, as
     * {@link DocumentDao#loadText} checks it) to {@code each} while the query runs. A lesson's preview re-extracts
     * exactly these texts: reading them in the search's own pass spares a second read and check of each.
     * {@code each} may block; the read waits for it.
     *
     * @param folded the phrase folded as the matcher folds it (see {@code PhraseTrie.fold})
     * @throws DamagedTextException if a stored text is not the text that was imported
     */
    public void eachTextHolding(String folded, Consumer<DocumentText> each) {
        check(folded, 0, 1);
        // a phrase of Chinese characters only has no other spelling: the plain search finds every document
        // without folding each text first
        String hay = TextFolding.needed(folded) ? TextFolding.sql("t.original_text") : "t.original_text";
        // in a transaction with a fetch size, so PostgreSQL streams the texts through a cursor instead of sending
        // them all at once (H2's embedded results are read lazily either way)
        store.jdbc().atomically("read the texts holding a phrase", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT d.id, t.original_text, d.content_hash, d.title, "
                    + "d.file_name FROM document d JOIN document_text t ON t.document_id = d.id "
                    + "WHERE POSITION(? IN " + hay + ") > 0 AND " + DocumentRows.LIVE + "ORDER BY d.id")) {
                ps.setString(1, folded);
                ps.setFetchSize(TEXTS_PER_FETCH);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        String text = TextIntegrity.verified(id, rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5));
                        each.accept(new DocumentText(id, text, null));
                    }
                }
            }
            return null;
        });
    }

    /** Every document id in the order search results are listed; reads the document table only. */
    public List<Long> idsInResultOrder() {
        return store.jdbc().call("list the documents in search order", c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT d.id, " + EFFECTIVE + "FROM document d "
                    + "WHERE " + DocumentRows.LIVE + ORDER);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    /**
     * The content hash of every document not in the trash by id, to check a derived index against the
     * store: the index drops a document put in the trash and takes it back when it comes out.
     */
    public Map<Long, String> contentHashes() {
        return store.jdbc().call("list the content hashes", c -> {
            Map<Long, String> hashes = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT d.id, d.content_hash FROM document d WHERE "
                    + DocumentRows.LIVE);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hashes.put(rs.getLong(1), rs.getString(2));
                }
            }
            return hashes;
        });
    }

    private static void check(String phrase, int around, int limit) {
        if (phrase.isEmpty() || limit <= 0 || around < 0) {
            throw new IllegalArgumentException("A text search needs a phrase, a positive limit and a context size;"
                    + " got phrase length " + phrase.length() + ", limit " + limit + ", context " + around);
        }
    }

    private List<TextMatch> query(String phrase, boolean ignoreCase, int around, int limit, List<Long> among) {
        // hay is one of two constants, never caller input
        String hay = ignoreCase ? "LOWER(t.original_text)" : "t.original_text";
        String sql = "SELECT d.id, d.title, d.file_name, " + EFFECTIVE + ", "
                + "POSITION(? IN " + hay + ") AS pos, "
                + "SUBSTRING(t.original_text FROM GREATEST(POSITION(? IN " + hay + ") - ?, 1) FOR ?) AS ctx, "
                + "(CHAR_LENGTH(" + hay + ") - CHAR_LENGTH(REPLACE(" + hay + ", ?, ''))) / ? AS occurrences "
                + "FROM document d JOIN document_text t ON t.document_id = d.id "
                + "WHERE POSITION(? IN " + hay + ") > 0 AND " + DocumentRows.LIVE
                + (among.isEmpty() ? "" : "AND d.id IN (" + IndicatorRows.placeholders(among.size()) + ") ")
                + ORDER;
        return store.jdbc().call("search the texts", c -> {
            List<TextMatch> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                ps.setString(i++, phrase);
                ps.setString(i++, phrase);
                ps.setInt(i++, around);
                ps.setInt(i++, phrase.length() + 2 * around);
                ps.setString(i++, phrase);
                ps.setInt(i++, phrase.length());
                ps.setString(i++, phrase);
                for (Long id : among) {
                    ps.setLong(i++, id);
                }
                if (limit < Integer.MAX_VALUE) {
                    ps.setMaxRows(limit);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int position = rs.getInt("pos") - 1;
                        result.add(new TextMatch(rs.getLong("id"), rs.getString("eff_region"),
                                getInteger(rs, "eff_year"), rs.getString("title"), rs.getString("file_name"),
                                position, Math.max(position - around, 0), rs.getString("ctx"),
                                rs.getInt("occurrences")));
                    }
                }
            }
            return result;
        });
    }
}
