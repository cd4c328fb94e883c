package io.zhibiao.core.search;

import java.util.BitSet;

/**
 * What the index says about a phrase: the documents it found the phrase in, and which documents it had
 * indexed when asked. A document the index does not know yet (imported a moment ago, or while the index
 * is being rebuilt) may contain the phrase, so it stays a candidate and its text is checked.
 */
record Candidates(BitSet indexed, BitSet matching) {
    boolean mayContain(long documentId) {
        if (documentId < 0 || documentId > Integer.MAX_VALUE) {
            return true;
        }
        int id = (int) documentId;
        return !indexed.get(id) || matching.get(id);
    }
}
