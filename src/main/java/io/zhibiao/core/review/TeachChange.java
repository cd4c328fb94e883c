package io.zhibiao.core.review;

import io.zhibiao.core.catalog.Lesson;

import java.util.List;

/**
 * A lesson written to the catalog, as one part of an undoable step: the documents whose text holds its
 * phrase (re-extracted when it was taught, and again when it is taken back) and the engine-and-catalog
 * stamps before and after, which the documents without the phrase carry over unchanged (they extract alike).
 */
public record TeachChange(Lesson lesson, List<Long> documentIds, String stampBefore, String stampAfter) {
    public TeachChange {
        documentIds = List.copyOf(documentIds);
    }
}
