package io.zhibiao.core.review;

import io.zhibiao.core.catalog.Lesson;

import java.util.List;

/**
 * What teaching a lesson would do to the whole store, before anything is written: the documents whose text
 * holds the phrase (the only ones it can change), how many unreviewed rows their re-extraction would add,
 * change and remove, and a few of those rows in their sentence. {@code known} is true when the catalog
 * already holds the lesson (nothing to do).
 */
public record TeachPreview(Lesson lesson, List<Long> documentIds, int added, int changed, int removed,
                           List<Example> examples, boolean known) {
    /** Examples shown at most. */
    public static final int EXAMPLES = 5;

    public enum Change {
        ADDED, CHANGED, REMOVED;

        /** Resource key of its wording, e.g. {@code teach.change.added}. */
        public String messageKey() {
            return "teach.change." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One row the lesson would change, in its sentence; the phrase is at [{@code phraseStart},
     * {@code phraseEnd}) of {@code sentence}, or both are -1 when the sentence does not spell it so.
     */
    public record Example(long documentId, String document, Change change, String figure, String sentence,
                          int phraseStart, int phraseEnd) {
    }

    public TeachPreview {
        documentIds = List.copyOf(documentIds);
        examples = List.copyOf(examples);
    }

    public boolean changesRows() {
        return added + changed + removed > 0;
    }
}
