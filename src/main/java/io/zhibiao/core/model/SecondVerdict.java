package io.zhibiao.core.model;

import java.time.Instant;

/**
 * The second analyst's verdict on one engine row, kept apart from the row's own (first) review.
 *
 * @param reading the figure the second analyst holds right: the engine's when verified, their own when
 *                corrected, null when rejected
 */
public record SecondVerdict(long indicatorId, long documentId, String analyst, Verdict verdict,
                            FigureReading reading, Instant reviewedAt) {
}
