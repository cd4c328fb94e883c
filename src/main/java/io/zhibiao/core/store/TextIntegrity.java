package io.zhibiao.core.store;

/**
 * Checks a report text read from the store against the SHA-256 taken when it was imported (the
 * document's content hash is exactly that: {@link ContentHash} of the text as stored). H2 checks
 * nothing in a page's content, so damage to a page holding text is otherwise read back as text.
 * One check per document read: about 1 ms for a 50 KB report once compiled (see {@link ContentHash#warmUp}).
 */
final class TextIntegrity {
    private TextIntegrity() {
    }

    /** @throws DamagedTextException if {@code text} is not the text whose hash is {@code contentHash} */
    static String verified(long documentId, String text, String contentHash, String title, String fileName) {
        if (!ContentHash.of(text).equalsIgnoreCase(contentHash)) {
            throw new DamagedTextException(documentId, title, fileName);
        }
        return text;
    }
}
