package io.zhibiao.core.extract.number;

/** Web addresses, whose digits and %-escapes are not quantities. */
final class UrlSpans {
    private UrlSpans() {
    }

    /** If a URL starts at {@code i}, the index after it; otherwise {@code i}. */
    static int endOfUrlAt(CharSequence s, int i, int n) {
        char c = s.charAt(i);
        if (c != 'h' && c != 'w' && c != 'H' && c != 'W') {
            return i;
        }
        if (!(startsWith(s, i, n, "http://") || startsWith(s, i, n, "https://") || startsWith(s, i, n, "www."))) {
            return i;
        }
        int k = i;
        while (k < n && s.charAt(k) > ' ' && s.charAt(k) < 0x7f) {
            k++;
        }
        return k;
    }

    private static boolean startsWith(CharSequence s, int i, int n, String prefix) {
        if (i + prefix.length() > n) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (Character.toLowerCase(s.charAt(i + k)) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
