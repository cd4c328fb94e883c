package io.zhibiao.core.search;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.util.Locale;

/**
 * One token per character (code point) of the lower-cased text, spaces, digits and punctuation included.
 * A phrase then occurs in a text exactly when its characters occur as consecutive tokens, so a phrase
 * query finds the same documents as the substring search of the store: "3.5" inside "13.56", "GD" inside
 * "GDP" and phrases across a line break included, which word tokenizers (StandardAnalyzer's CJK
 * unigrams, CJK bigrams) miss because they drop punctuation and keep Latin words and numbers whole.
 *
 * <p>The whole text is lower-cased with {@code String.toLowerCase(Locale.ROOT)} before it is split, like
 * the store's LOWER, so the rare letters whose lower case is longer (İ) agree with it too. Phrases without
 * case (Chinese, digits) are unchanged by that, so one index serves both kinds of search.
 */
final class CharacterTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);
    private String text = "";
    private int next;

    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = input.read(buffer)) != -1; ) {
            sb.append(buffer, 0, n);
        }
        text = fold(sb.toString());
        next = 0;
    }

    @Override
    public boolean incrementToken() {
        if (next >= text.length()) {
            return false;
        }
        clearAttributes();
        int cp = text.codePointAt(next);
        int length = Character.charCount(cp);
        term.setEmpty().append(text, next, next + length);
        // offsets are into the folded text; nothing reads them (hits are located in the stored text)
        offsets.setOffset(next, next + length);
        next += length;
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        offsets.setOffset(text.length(), text.length());
    }

    @Override
    public void close() throws IOException {
        super.close();
        text = "";
    }
}
