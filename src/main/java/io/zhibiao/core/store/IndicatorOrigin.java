package io.zhibiao.core.store;

import java.util.Locale;

/** Who put an indicator into the store: the extraction engine or an analyst by hand. */
public enum IndicatorOrigin {
    ENGINE, ANALYST;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static IndicatorOrigin fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
