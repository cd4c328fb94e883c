package io.zhibiao.core.search;

import io.zhibiao.core.store.CorpusTextQueries;
import io.zhibiao.core.store.CorpusTextQueries.TextMatch;
import io.zhibiao.core.store.Store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds a phrase in every stored document: one hit per document, at its first occurrence. Latin letters
 * match regardless of case; Chinese has no case, so it matches exactly. The phrase is taken literally
 * (no wildcards) and trimmed, since the spacing of imported texts is not something an analyst can see.
 *
 * <p>The {@link SearchIndex} names the documents that contain the phrase; the store then reads the texts
 * of only those that make the page of results, to confirm and locate the phrase. Without a usable index
 * (still opening, or failed) the store reads every text, which gives the same results more slowly.
 */
public final class CorpusSearch {
    private final Store store;
    private final CorpusTextQueries queries;
    private final SearchIndex index;

    /** Searches {@code store} with its shared index, which this opens in the background if needed. */
    public CorpusSearch(Store store) {
        this(store, SearchIndex.of(store));
    }

    /** @param index null to read every text (the reference the index is tested against) */
    CorpusSearch(Store store, SearchIndex index) {
        this.store = store;
        this.queries = new CorpusTextQueries(store);
        this.index = index;
    }

    /**
     * Hits ordered by region code, then newest year first; at most {@code limit} documents. A null or
     * blank phrase finds nothing.
     */
    public List<SearchHit> search(String phrase, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("The number of search results must be positive, got " + limit);
        }
        String wanted = phrase == null ? "" : phrase.strip();
        if (wanted.isEmpty()) {
            return List.of();
        }
        boolean ignoreCase = hasCase(wanted);
        String sqlPhrase = ignoreCase ? wanted.toLowerCase(Locale.ROOT) : wanted;
        Optional<Candidates> candidates = index == null ? Optional.empty() : index.candidates(wanted);
        List<TextMatch> matches = candidates.isPresent()
                ? findAmong(candidates.get(), sqlPhrase, ignoreCase, limit)
                : queries.find(sqlPhrase, ignoreCase, SearchHit.CONTEXT, limit);
        List<SearchHit> hits = new ArrayList<>();
        for (TextMatch m : matches) {
            hits.add(toHit(m, wanted, ignoreCase));
        }
        return hits;
    }

    /**
     * The first {@code limit} documents in result order that the index names (or has not indexed yet),
     * confirmed against their texts a page at a time: the index may name a few too many (letters whose
     * lower case differs in the index and in the store), never too few.
     */
    private List<TextMatch> findAmong(Candidates candidates, String phrase, boolean ignoreCase, int limit) {
        List<TextMatch> found = new ArrayList<>();
        List<Long> page = new ArrayList<>();
        for (long id : queries.idsInResultOrder()) {
            if (!candidates.mayContain(id)) {
                continue;
            }
            page.add(id);
            if (page.size() == limit - found.size()) {
                found.addAll(queries.findAmong(page, phrase, ignoreCase, SearchHit.CONTEXT));
                page.clear();
                if (found.size() >= limit) {
                    return found;
                }
            }
        }
        if (!page.isEmpty()) {
            found.addAll(queries.findAmong(page, phrase, ignoreCase, SearchHit.CONTEXT));
        }
        return found;
    }

    private static boolean hasCase(String s) {
        return !s.toLowerCase(Locale.ROOT).equals(s.toUpperCase(Locale.ROOT));
    }

    private SearchHit toHit(TextMatch m, String phrase, boolean ignoreCase) {
        int offset = m.firstPosition();
        String context = m.context();
        int start = m.contextStart();
        if (!context.regionMatches(ignoreCase, offset - start, phrase, 0, phrase.length())) {
            // Lower-casing changed the length of some earlier character (İ -> i̇), so the database's
            // position is off: locate the phrase in this one text instead.
            String text = store.documents().loadText(m.documentId()).map(t -> t.originalText()).orElse("");
            int found = indexOf(text, phrase, ignoreCase);
            if (found >= 0) {
                offset = found;
                start = Math.max(offset - SearchHit.CONTEXT, 0);
                context = text.substring(start, Math.min(offset + phrase.length() + SearchHit.CONTEXT,
                        text.length()));
            }
        }
        return new SearchHit(m.documentId(), m.regionCode(), m.year(), m.title(), m.fileName(), offset,
                oneLine(context), m.occurrences());
    }

    private static int indexOf(String text, String phrase, boolean ignoreCase) {
        for (int i = 0; i + phrase.length() <= text.length(); i++) {
            if (text.regionMatches(ignoreCase, i, phrase, 0, phrase.length())) {
                return i;
            }
        }
        return -1;
    }

    /** Line breaks and tabs become spaces one for one, so positions in the snippet stay as in the text. */
    private static String oneLine(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (Character.isWhitespace(chars[i]) || Character.isISOControl(chars[i])) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
