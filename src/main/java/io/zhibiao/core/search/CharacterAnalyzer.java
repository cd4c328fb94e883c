package io.zhibiao.core.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Analyzes texts with {@link CharacterTokenizer} and turns a phrase into the query for its characters. */
final class CharacterAnalyzer extends Analyzer {
    static final String FIELD = "text";

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new CharacterTokenizer());
    }

    /** The documents whose text holds {@code phrase} (after lower-casing both). */
    Query phraseQuery(String phrase) {
        List<String> chars = new ArrayList<>();
        try (TokenStream ts = tokenStream(FIELD, phrase)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                chars.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not analyze the phrase " + phrase, e);
        }
        if (chars.size() == 1) {
            return new TermQuery(new Term(FIELD, chars.get(0)));
        }
        PhraseQuery.Builder query = new PhraseQuery.Builder();
        for (int i = 0; i < chars.size(); i++) {
            query.add(new Term(FIELD, chars.get(i)), i);
        }
        return query.build();
    }
}
