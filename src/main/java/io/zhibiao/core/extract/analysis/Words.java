package io.zhibiao.core.extract.analysis;

/** Small helpers to look for words in a window of the text without allocating substrings. */
final class Words {
    private Words() {
    }

    static boolean containsAny(CharSequence text, int from, int to, String... words) {
        for (String w : words) {
            if (indexOf(text, w, from, to) >= 0) {
                return true;
            }
        }
        return false;
    }

    static int indexOf(CharSequence text, String s, int from, int to) {
        outer:
        for (int i = Math.max(0, from); i + s.length() <= to; i++) {
            for (int k = 0; k < s.length(); k++) {
                if (text.charAt(i + k) != s.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static int lastIndexOf(CharSequence text, String s, int from, int to) {
        for (int i = to - s.length(); i >= Math.max(0, from); i--) {
            boolean ok = true;
            for (int k = 0; k < s.length() && ok; k++) {
                ok = text.charAt(i + k) == s.charAt(k);
            }
            if (ok) {
                return i;
            }
        }
        return -1;
    }

    /** The word of {@code words} that starts at {@code pos}, or null. */
    static String startingAt(CharSequence text, int pos, int to, String[] words) {
        for (String w : words) {
            if (pos + w.length() <= to && indexOf(text, w, pos, pos + w.length()) == pos) {
                return w;
            }
        }
        return null;
    }

    /** The word of {@code words} that ends at {@code pos}, or null. */
    static String endingAt(CharSequence text, int from, int pos, String[] words) {
        for (String w : words) {
            int s = pos - w.length();
            if (s >= from && indexOf(text, w, s, pos) == s) {
                return w;
            }
        }
        return null;
    }

    static boolean isCjk(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }
}
