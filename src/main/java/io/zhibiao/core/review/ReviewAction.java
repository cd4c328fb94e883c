package io.zhibiao.core.review;

import java.util.Locale;

/** What an analyst did; its {@link #id()} is the action written to the audit trail. */
public enum ReviewAction {
    VERIFY, REJECT, UNREVIEW, CORRECT, NOTE, DELETE, RESTORE, TAG, UNTAG, ADD, OVERRIDE, CREATE_TAG, RERUN,
    DELETE_DOCUMENT, RESTORE_DOCUMENT, EMPTY_TRASH, TEACH, UNDO, REDO, MERGE, ASSIGN, SECOND_REVIEW, SECOND_VERDICT,
    ADJUDICATE,
    /** Another analyst's committed change to a team store, heard live; never recorded or undone here. */
    ELSEWHERE, CATALOG_ELSEWHERE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Resource key for the UI's wording, e.g. {@code review.action.verify}. */
    public String messageKey() {
        return "review.action." + id();
    }

    /** Plain English wording, for logs and as a fallback label. */
    public String english() {
        return switch (this) {
            case VERIFY -> "Verify";
            case REJECT -> "Reject";
            case UNREVIEW -> "Mark unreviewed";
            case CORRECT -> "Correct";
            case NOTE -> "Edit note";
            case DELETE -> "Delete";
            case RESTORE -> "Restore";
            case TAG -> "Tag";
            case UNTAG -> "Remove tag";
            case ADD -> "Add indicator";
            case OVERRIDE -> "Correct document";
            case CREATE_TAG -> "Create tag";
            case RERUN -> "Re-run extraction";
            case DELETE_DOCUMENT -> "Delete";
            case RESTORE_DOCUMENT -> "Restore";
            case EMPTY_TRASH -> "Empty the trash";
            case TEACH -> "Teach";
            case UNDO -> "Undo";
            case REDO -> "Redo";
            case MERGE -> "Merge";
            case ELSEWHERE -> "Changed by another analyst";
            case CATALOG_ELSEWHERE -> "Catalog changed by another analyst";
            case ASSIGN -> "Assign";
            case SECOND_REVIEW -> "Mark for second review";
            case SECOND_VERDICT -> "Second review";
            case ADJUDICATE -> "Adjudicate";
        };
    }
}
