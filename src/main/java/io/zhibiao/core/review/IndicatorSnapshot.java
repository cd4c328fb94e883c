package io.zhibiao.core.review;

import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.Tag;

import java.util.Collection;
import java.util.Set;

/**
 * Everything an analyst can change on one indicator, as it stood at one moment.
 *
 * @param version the row's version at that moment (see {@link StoredIndicator#version()}); two snapshots of
 *                the same version hold the same state
 */
public record IndicatorSnapshot(long id, long documentId, IndicatorValue value, ReviewStatus status, String note,
                                boolean deleted, Set<Tag> tags, long version) {
    public IndicatorSnapshot {
        tags = Set.copyOf(tags);
    }

    /** The row as a view shows it, with the tags the view shows on it. */
    public static IndicatorSnapshot of(StoredIndicator row, Collection<Tag> tags) {
        return new IndicatorSnapshot(row.id(), row.documentId(), row.value(), row.status(), row.note(), row.deleted(),
                Set.copyOf(tags), row.version());
    }

    /** The same state: every part an analyst can change is equal, whatever the versions. */
    boolean sameState(IndicatorSnapshot other) {
        return withVersion(other.version).equals(other);
    }

    IndicatorSnapshot withValue(IndicatorValue v) {
        return new IndicatorSnapshot(id, documentId, v, status, note, deleted, tags, version);
    }

    IndicatorSnapshot withStatus(ReviewStatus s) {
        return new IndicatorSnapshot(id, documentId, value, s, note, deleted, tags, version);
    }

    IndicatorSnapshot withNote(String n) {
        return new IndicatorSnapshot(id, documentId, value, status, n, deleted, tags, version);
    }

    IndicatorSnapshot withDeleted(boolean d) {
        return new IndicatorSnapshot(id, documentId, value, status, note, d, tags, version);
    }

    IndicatorSnapshot withTags(Set<Tag> t) {
        return new IndicatorSnapshot(id, documentId, value, status, note, deleted, t, version);
    }

    IndicatorSnapshot withVersion(long v) {
        return new IndicatorSnapshot(id, documentId, value, status, note, deleted, tags, v);
    }
}
