package io.zhibiao.core.dictionary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The dictionary matcher of extraction: a character trie over phrases (catalog aliases, cue words), each
 * with a value. Immutable once built, so one instance is safely shared by extraction threads. Matching at a
 * position costs at most the longest phrase's length. Case and width are folded, so GDP, gdp and ＧＤＰ match
 * alike.
 */
public final class PhraseTrie<T> {
    /** Children in a sorted character array, searched by bisection: no boxing of characters on the hot path. */
    private static final class Node<T> {
        char[] keys = new char[0];
        Object[] kids = new Object[0];
        T value;
        int length;

        @SuppressWarnings("unchecked")
        Node<T> get(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i < 0 ? null : (Node<T>) kids[i];
        }

        Node<T> getOrAdd(char c) {
            Node<T> n = get(c);
            if (n != null) {
                return n;
            }
            int at = -(Arrays.binarySearch(keys, c) + 1);
            char[] k = new char[keys.length + 1];
            Object[] v = new Object[kids.length + 1];
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(kids, 0, v, 0, at);
            k[at] = c;
            n = new Node<>();
            v[at] = n;
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(kids, at, v, at + 1, kids.length - at);
            keys = k;
            kids = v;
            return n;
        }
    }

    private final Node<T> root = new Node<>();
    /** Characters that start a phrase: most positions of a text start none, and are passed over at once. */
    private final java.util.BitSet firsts = new java.util.BitSet(1 << 16);
    private int longest;

    /** Adds a phrase; the first value given for a phrase wins. */
    public void add(String phrase, T value) {
        Node<T> n = root;
        firsts.set(fold(phrase.charAt(0)));
        for (int i = 0; i < phrase.length(); i++) {
            n = n.getOrAdd(fold(phrase.charAt(i)));
        }
        if (n.value == null) {
            n.value = value;
            n.length = phrase.length();
            longest = Math.max(longest, phrase.length());
        }
    }

    /** Adds the characters that start a phrase, as written and folded, to {@code set}. */
    public void addFirstsTo(java.util.BitSet set) {
        set.or(firsts);
    }

    /** True when some phrase starts with {@code c}: a quick test before {@link #longestAt}. */
    public boolean startsPhrase(char c) {
        return firsts.get(fold(c));
    }

    /** The length of the longest phrase. */
    public int longest() {
        return longest;
    }

    /** Longest phrase starting at {@code from}, not extending past {@code limit}, made into {@code R}; null if none. */
    public <R> R longestAt(CharSequence text, int from, int limit, Hit<T, R> hit) {
        if (from >= limit || !firsts.get(fold(text.charAt(from)))) {
            return null;
        }
        Node<T> n = root;
        Node<T> best = null;
        for (int i = from; i < limit; i++) {
            n = n.get(fold(text.charAt(i)));
            if (n == null) {
                break;
            }
            if (n.value != null) {
                best = n;
            }
        }
        return best == null ? null : hit.at(best.value, from, from + best.length);
    }

    /** Every phrase starting at {@code from} and ending by {@code limit}, the shorter ones too. */
    public void allAt(CharSequence text, int from, int limit, Hit<T, ?> each) {
        if (from >= limit || !firsts.get(fold(text.charAt(from)))) {
            return;
        }
        Node<T> n = root;
        for (int i = from; i < limit; i++) {
            n = n.get(fold(text.charAt(i)));
            if (n == null) {
                return;
            }
            if (n.value != null) {
                each.at(n.value, from, i + 1);
            }
        }
    }

    /** All leftmost-longest, non-overlapping matches in [from, to). */
    public <R> List<R> findAll(CharSequence text, int from, int to, Hit<T, R> hit) {
        List<R> out = new ArrayList<>(2);
        int[] end = new int[1];
        int i = from;
        while (i < to) {
            R m = longestAt(text, i, to, (v, s, e) -> {
                end[0] = e;
                return hit.at(v, s, e);
            });
            if (m != null) {
                out.add(m);
                i = end[0];
            } else {
                i++;
            }
        }
        return out;
    }

    /** The phrase inside [from, to) that starts last (the longest one there); null if none. */
    public <R> R lastIn(CharSequence text, int from, int to, Hit<T, R> hit) {
        for (int s = to - 1; s >= from; s--) {
            R m = longestAt(text, s, to, hit);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** The longest phrase that ends exactly at {@code end} and starts at {@code from} or after; null if none. */
    public <R> R endingAt(CharSequence text, int from, int end, Hit<T, R> hit) {
        for (int s = Math.max(from, end - longest); s < end; s++) {
            if (!firsts.get(fold(text.charAt(s)))) {
                continue;
            }
            Node<T> n = root;
            for (int i = s; i < end && n != null; i++) {
                n = n.get(fold(text.charAt(i)));
            }
            if (n != null && n.value != null) {
                return hit.at(n.value, s, end);
            }
        }
        return null;
    }

    /** Makes a match out of a phrase's value and where it was found. */
    @FunctionalInterface
    public interface Hit<T, R> {
        R at(T value, int start, int end);

        static <T> Hit<T, Match<T>> match() {
            return Match::new;
        }
    }

    /** A phrase found in a text: its value and span. */
    public record Match<T>(T value, int start, int end) {
    }

    /** {@link #folded} of every character, worked out once: matching folds each character it reads. */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLDED[c] = folded((char) c);
        }
    }

    /** The phrase as the matcher compares it (case and width folded): two phrases with equal keys match alike. */
    public static String fold(CharSequence phrase) {
        char[] out = new char[phrase.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(phrase.charAt(i));
        }
        return new String(out);
    }

    private static char fold(char c) {
        return FOLDED[c];
    }

    private static char folded(char c) {
        if (c >= '\u2000' && c < '\uFF01' || c > '\uFF5E') {
            // CJK, and the punctuation and symbols before it (“ ” — …): no case to fold
            return c;
        }
        if (c >= '\uFF01') {
            c = (char) (c - 0xFEE0);
        }
        if (c < 128) {
            return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
        }
        return Character.toUpperCase(c);
    }
}
