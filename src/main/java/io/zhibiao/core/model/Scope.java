package io.zhibiao.core.model;

import java.util.Locale;

/** Whose figure it is: the region's as a whole, per head, or a part's (a zone, a district, a sector, 其中…). */
public enum Scope {
    REGION,
    PER_CAPITA,
    /** A part of the region or another region; the part is named in the value's scope name. */
    PART;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Scope fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
