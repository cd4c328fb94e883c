package io.zhibiao.core.store;

/**
 * The dictionary matcher's folding of case and width (see {@code PhraseTrie.fold}) as SQL over a stored text, so a
 * search finds every document the engine would match a phrase in. TRANSLATE and UPPER run alike on H2 and
 * PostgreSQL; the two strings of TRANSLATE are built here from constants, never from input.
 */
final class TextFolding {
    private static final String FULL_WIDTH;
    private static final String ASCII;

    static {
        StringBuilder full = new StringBuilder();
        StringBuilder ascii = new StringBuilder();
        for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
            full.append(c);
            ascii.append((char) (c - 0xFEE0));
        }
        FULL_WIDTH = full.toString();
        ASCII = ascii.toString();
    }

    private TextFolding() {
    }

    /**
     * Whether {@code folded} has a character that another spelling folds to (ASCII and the letters of other
     * alphabets); Chinese characters and the punctuation written beside them have none.
     */
    static boolean needed(String folded) {
        return folded.chars().anyMatch(c -> c < 0x2000);
    }

    /** {@code column} folded: full-width forms as ASCII, then upper case. */
    static String sql(String column) {
        return "UPPER(TRANSLATE(" + column + ", '" + FULL_WIDTH.replace("'", "''") + "', '"
                + ASCII.replace("'", "''") + "'))";
    }
}
