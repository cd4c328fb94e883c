package io.zhibiao.core.extract.catalog;

/** Where a catalog's phrases were read, for messages that name the place of a clash. */
@FunctionalInterface
public interface CatalogPlaces {
    /** The place of {@code phrase} (a name or alias) of indicator {@code code}; of its row when phrase is null. */
    CatalogPlace of(String code, String phrase);
}
