package io.zhibiao.core.search;

/**
 * A document containing the searched phrase, at its first occurrence.
 *
 * @param regionCode     the document's effective region (the analyst's override, else detected), may be null
 * @param year           the document's effective report year, may be null
 * @param offset         where the first occurrence starts in the document's original text
 * @param snippet        about {@link #CONTEXT} characters either side of it, line breaks shown as spaces
 * @param hitsInDocument how many (non-overlapping) times the phrase occurs in the document
 */
public record SearchHit(long documentId, String regionCode, Integer year, String title, String fileName,
                        int offset, String snippet, int hitsInDocument) {
    /** Characters of context shown before and after the phrase. */
    public static final int CONTEXT = 30;

    /** Where the phrase starts inside {@link #snippet()}, for marking it. */
    public int phraseStartInSnippet() {
        return Math.min(offset, CONTEXT);
    }
}
