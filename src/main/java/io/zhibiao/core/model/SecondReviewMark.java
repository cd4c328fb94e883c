package io.zhibiao.core.model;

import java.time.Instant;

/**
 * A document marked for a second review. {@code analyst} is the second analyst, or null while anyone but
 * the first may take it.
 */
public record SecondReviewMark(long documentId, String analyst, String markedBy, Instant markedAt) {
}
