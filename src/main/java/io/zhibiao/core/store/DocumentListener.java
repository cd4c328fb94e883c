package io.zhibiao.core.store;

/**
 * Told about each document once it is committed to the store, on the thread that stored it (import
 * workers run several at once). Derived data such as the search index keeps up with the store this way.
 * A listener must not throw: whatever it fails to do has to be caught up with later, as the document is
 * already stored.
 */
public interface DocumentListener {
    void documentStored(long documentId, String contentHash, String originalText);

    /**
     * The document went into the trash ({@code inTrash}) or came back out of it, once that committed:
     * whatever holds the documents of the corpus drops it or takes it back.
     */
    default void documentTrashed(long documentId, boolean inTrash) {
    }

    /**
     * Another process committed a write to the same team store (see {@link Store#followOthers}), on the
     * store's notice thread: whatever shows the documents it names (all of them, when it says
     * {@link TeamChange#everything}) reads them again.
     */
    default void changedElsewhere(TeamChange change) {
    }
}
