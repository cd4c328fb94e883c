package io.zhibiao.core.store;

import java.util.List;

/**
 * Every statement an analyst's review action runs, the very constants the DAOs run them from: the reads of
 * the row and its tags, the row's update based on its version with the document's recount, the tag changes,
 * the audit append and the checkpoint that ends the transaction. {@link Store#parseReviewStatements} has H2 parse them ahead.
 */
final class ReviewStatements {
    static final List<String> ALL = List.of(
            IndicatorDao.BY_ID, TagDao.TAGS_OF, ReviewCounts.DOCUMENT_OF,
            IndicatorDao.REVIEW_UPDATE, ReviewCounts.LOCK_DOCUMENT, ReviewCounts.RECOUNT,
            TagDao.BY_NAME, TagDao.IS_ATTACHED, TagDao.ATTACH, TagDao.DETACH, AuditDao.INSERT, H2Engine.CHECKPOINT);

    private ReviewStatements() {
    }
}
