package io.zhibiao.core.store;

/** A document with the same content (same SHA-256) is already in the store. */
public class DuplicateDocumentException extends StoreException {
    private final String contentHash;

    public DuplicateDocumentException(String contentHash, String fileName) {
        super("The file " + fileName + " is already in the store (same content, SHA-256 " + contentHash + ").");
        this.contentHash = contentHash;
    }

    public String contentHash() {
        return contentHash;
    }
}
