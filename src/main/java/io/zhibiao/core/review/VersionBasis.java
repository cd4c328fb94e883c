package io.zhibiao.core.review;

import java.util.Collection;

/**
 * Which version each write of a step is based on. A change is based on the row the analyst saw: the view's
 * ({@link SeenRows}) when it shows the row, else the row as read in the step's own transaction. An undo or a
 * redo is based on the version this session itself wrote last: when someone changed the row after that, the
 * conditional update touches nothing and the undo is refused instead of overwriting their change.
 */
final class VersionBasis {
    /** No version this session could have written: the replay of a row it never wrote is refused. */
    private static final long NONE = -1;

    private final SeenRows seen;
    private final boolean replay;

    private VersionBasis(SeenRows seen, boolean replay) {
        this.seen = seen;
        this.replay = replay;
    }

    /** Based on what {@code seen} shows, or on the stored row where it shows nothing (seen may be null). */
    static VersionBasis view(SeenRows seen) {
        return new VersionBasis(seen, false);
    }

    /** Based on what the session wrote last ({@code session} holds each row's latest own write). */
    static VersionBasis replay(SeenRows session) {
        return new VersionBasis(session, true);
    }

    boolean isReplay() {
        return replay;
    }

    /** The version a write that starts from {@code reference} expects the row to be at. */
    long indicator(IndicatorSnapshot reference) {
        if (replay) {
            return seen.indicator(reference.id()).map(IndicatorSnapshot::version).orElse(NONE);
        }
        return reference.version();
    }

    /** The version a write of the document's corrections expects, {@code stored} being the one read now. */
    long document(long documentId, long stored) {
        if (seen == null) {
            return stored;
        }
        return seen.document(documentId).orElse(replay ? NONE : stored);
    }

    /** The view's own writes become what it shows (the session's are recorded by the executor). */
    void wrote(Collection<IndicatorSnapshot> rows, java.util.Map<Long, Long> documents) {
        if (seen != null && !replay) {
            rows.forEach(seen::show);
            documents.forEach(seen::showDocument);
        }
    }
}
