package io.zhibiao.core.store;

import java.util.Locale;

/** Where an indicator stands in review. Anything but UNREVIEWED counts as reviewed. */
public enum ReviewStatus {
    UNREVIEWED, VERIFIED, CORRECTED, REJECTED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReviewStatus fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
