package io.zhibiao.core.review;

/**
 * A part of a row that the merge of a refused change shows side by side and lets the analyst choose: an
 * indicator's {@link MergeField} or a document's {@link OverrideField}. One type, so that one merge dialog and
 * one {@link ReviewService#merge} serve both.
 */
public sealed interface MergeableField permits MergeField, OverrideField {
    /** The field's name in the audit trail. */
    String auditField();

    /** The constant's name (each is an enum constant): ids of the merge dialog's choices. */
    String name();
}
