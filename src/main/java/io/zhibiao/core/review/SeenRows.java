package io.zhibiao.core.review;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one view (a pane) shows of the rows it acts on, each at its version: a review change made through
 * {@link ReviewService#basedOn} is based on these, so a row someone changed since the view read it is refused
 * rather than overwritten. The service records here what the view's own changes wrote, inside the same lock
 * that writes them, so a second action of the view, started before its table was re-read, is based on the
 * first action's result and not refused against itself. Versions only grow: a re-read that was started before
 * the view's own write and ends after it does not take the view back. Safe to use from several threads.
 */
public final class SeenRows {
    private final Map<Long, IndicatorSnapshot> indicators = new ConcurrentHashMap<>();
    private final Map<Long, Long> documents = new ConcurrentHashMap<>();

    /** The view shows this state of the row (or wrote it). */
    public void show(IndicatorSnapshot row) {
        indicators.merge(row.id(), row, (old, now) -> now.version() >= old.version() ? now : old);
    }

    /** The view shows the document's corrections at this version (or wrote them). */
    public void showDocument(long documentId, long overrideVersion) {
        documents.merge(documentId, overrideVersion, Math::max);
    }

    /** The state the view shows of the row, if it shows it. */
    public Optional<IndicatorSnapshot> indicator(long id) {
        return Optional.ofNullable(indicators.get(id));
    }

    /** The version of the document's corrections the view shows, if it shows the document. */
    public OptionalLong document(long documentId) {
        Long v = documents.get(documentId);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    /** The view shows other rows now (another document): what it showed before no longer counts. */
    public void clear() {
        indicators.clear();
        documents.clear();
    }
}
