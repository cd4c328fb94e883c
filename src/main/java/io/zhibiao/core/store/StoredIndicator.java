package io.zhibiao.core.store;

import io.zhibiao.core.model.IndicatorValue;

import java.time.Instant;

/**
 * An indicator as kept in the store: the extracted value plus its review state.
 *
 * @param updatedBy the analyst who last changed the row; null while only the engine has touched it
 * @param version   raised by one with every change to the row or its tags: a review change names the version
 *                  it is based on and is refused when the row has moved on since (see V6__row_versions.sql)
 */
public record StoredIndicator(long id, long documentId, IndicatorOrigin origin, IndicatorValue value,
                              ReviewStatus status, String note, boolean deleted,
                              Instant updatedAt, String updatedBy, long version) {
}
