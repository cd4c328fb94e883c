package io.zhibiao.core.review;

/** A document put in the trash ({@code after} true) or taken out of it, as one part of an undoable step. */
public record TrashChange(long documentId, boolean before, boolean after) {
}
