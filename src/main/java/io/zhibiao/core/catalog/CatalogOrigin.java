package io.zhibiao.core.catalog;

import java.util.Locale;

/** Where an indicator of the merged catalog comes from. */
public enum CatalogOrigin {
    /** The bundled catalog's, as shipped. */
    BUNDLED,
    /** The bundled catalog's, with names, aliases, units or measures of the user's catalog. */
    CHANGED,
    /** Added by the user's catalog. */
    ADDED,
    /** Retired by the user's catalog: no longer matched. */
    RETIRED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
