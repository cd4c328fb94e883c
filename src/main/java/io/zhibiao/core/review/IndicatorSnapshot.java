package io.zhibiao.core.review;

import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.Tag;

import java.util.Set;

/** Everything an analyst can change on one indicator, as it stood at one moment. */
public record IndicatorSnapshot(long id, long documentId, IndicatorValue value, ReviewStatus status, String note,
                                boolean deleted, Set<Tag> tags) {
    public IndicatorSnapshot {
        tags = Set.copyOf(tags);
    }

    IndicatorSnapshot withValue(IndicatorValue v) {
        return new IndicatorSnapshot(id, documentId, v, status, note, deleted, tags);
    }

    IndicatorSnapshot withStatus(ReviewStatus s) {
        return new IndicatorSnapshot(id, documentId, value, s, note, deleted, tags);
    }

    IndicatorSnapshot withNote(String n) {
        return new IndicatorSnapshot(id, documentId, value, status, n, deleted, tags);
    }

    IndicatorSnapshot withDeleted(boolean d) {
        return new IndicatorSnapshot(id, documentId, value, status, note, d, tags);
    }

    IndicatorSnapshot withTags(Set<Tag> t) {
        return new IndicatorSnapshot(id, documentId, value, status, note, deleted, t);
    }
}
