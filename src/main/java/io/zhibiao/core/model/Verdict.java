package io.zhibiao.core.model;

import java.util.Locale;

/**
 * An analyst's verdict on one indicator row: what agreement between two reviewers is measured on. The ids
 * are the review statuses' ids (an unreviewed row has no verdict).
 */
public enum Verdict {
    VERIFIED, CORRECTED, REJECTED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Verdict fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
