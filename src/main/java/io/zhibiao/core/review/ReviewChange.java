package io.zhibiao.core.review;

import java.util.Set;

/**
 * What a committed review step touched, for view models to refresh.
 *
 * @param trashedIds the documents the step put in the trash (or purged): views showing them close them;
 *                   documents it took out of the trash are among {@code documentIds} only
 */
public record ReviewChange(ReviewAction action, Set<Long> documentIds, Set<Long> indicatorIds, Set<Long> trashedIds) {
    public ReviewChange {
        documentIds = Set.copyOf(documentIds);
        indicatorIds = Set.copyOf(indicatorIds);
        trashedIds = Set.copyOf(trashedIds);
    }

    public ReviewChange(ReviewAction action, Set<Long> documentIds, Set<Long> indicatorIds) {
        this(action, documentIds, indicatorIds, Set.of());
    }
}
