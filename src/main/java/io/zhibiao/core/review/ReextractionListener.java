package io.zhibiao.core.review;

/** Hears a re-extraction's progress, on the thread that runs it. */
public interface ReextractionListener {
    ReextractionListener NONE = new ReextractionListener() {
    };

    /** The document {@code done} of {@code total} was re-extracted and merged in one transaction. */
    default void merged(int done, int total, RerunReport report) {
    }

    /** The document could not be re-extracted; its rows are as they were. */
    default void failed(int done, int total, long documentId, String reason) {
    }
}
