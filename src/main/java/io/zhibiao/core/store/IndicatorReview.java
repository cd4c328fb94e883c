package io.zhibiao.core.store;

import io.zhibiao.core.model.IndicatorValue;

import java.util.Objects;

/**
 * The review state of an indicator row as one change writes it.
 *
 * @param changesCounts whether the status or the deleted flag changed, so the document's review counts
 *                      are recounted with it
 */
public record IndicatorReview(IndicatorValue value, ReviewStatus status, String note, boolean deleted,
                              boolean changesCounts) {
    public IndicatorReview {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
    }
}
