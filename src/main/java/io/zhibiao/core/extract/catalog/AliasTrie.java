package io.zhibiao.core.extract.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Character trie over all aliases. Immutable once built, so one instance is safely shared by
 * extraction threads. Matching at a position costs at most the longest alias length.
 */
final class AliasTrie {
    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        CatalogEntry entry;
    }

    private final Node root = new Node();

    void add(String alias, CatalogEntry entry) {
        Node n = root;
        for (int i = 0; i < alias.length(); i++) {
            n = n.next.computeIfAbsent(fold(alias.charAt(i)), c -> new Node());
        }
        if (n.entry == null) {
            n.entry = entry;
        }
    }

    /** Longest alias starting at {@code from}, not extending past {@code limit}; null if none. */
    AliasMatch longestAt(CharSequence text, int from, int limit) {
        Node n = root;
        AliasMatch best = null;
        for (int i = from; i < limit; i++) {
            n = n.next.get(fold(text.charAt(i)));
            if (n == null) {
                break;
            }
            if (n.entry != null) {
                best = new AliasMatch(n.entry, from, i + 1);
            }
        }
        return best;
    }

    /** All leftmost-longest, non-overlapping matches in [from, to). */
    List<AliasMatch> findAll(CharSequence text, int from, int to) {
        List<AliasMatch> out = new ArrayList<>(2);
        int i = from;
        while (i < to) {
            AliasMatch m = longestAt(text, i, to);
            if (m != null) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** Case and width folding so GDP, gdp and ＧＤＰ match alike. */
    private static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        }
        return Character.toUpperCase(c);
    }
}
