package io.zhibiao.core.store;

/**
 * A report text read from the store is not the text that was imported: its SHA-256 differs from the one
 * taken at import. The store file was changed behind Zhibiao's back or damaged (a flipped bit in a
 * compressed page turns 新桥 into 新桡 without any error from H2), so the text and the indicators read from
 * it must not be shown or exported as if they were sound.
 */
public class DamagedTextException extends StoreException {
    private final long documentId;
    private final String title;
    private final String fileName;

    DamagedTextException(long documentId, String title, String fileName) {
        super("The text of document " + documentId + (title == null ? "" : " \u201c" + title + "\u201d") + " ("
                + fileName + ") is not the text that was imported: the store file was changed or damaged since. "
                + "Restore a backup of the store, or delete this document and import its report again.");
        this.documentId = documentId;
        this.title = title;
        this.fileName = fileName;
    }

    public long documentId() {
        return documentId;
    }

    /** The document's title, or null when detection found none. */
    public String title() {
        return title;
    }

    public String fileName() {
        return fileName;
    }
}
