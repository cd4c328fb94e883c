package io.zhibiao.core.review;

import java.util.Set;

/** What a committed review step touched, for view models to refresh. */
public record ReviewChange(ReviewAction action, Set<Long> documentIds, Set<Long> indicatorIds) {
    public ReviewChange {
        documentIds = Set.copyOf(documentIds);
        indicatorIds = Set.copyOf(indicatorIds);
    }
}
