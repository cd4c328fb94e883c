package io.zhibiao.core.extract.catalog;

/**
 * One row of a catalog file with the place it was read from. {@code retired} is only ever set in a user
 * catalog, which may retire an indicator of the bundled one.
 */
public record CatalogRow(CatalogEntry entry, CatalogPlace place, boolean retired) {
}
