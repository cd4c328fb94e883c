package io.zhibiao.core.extract.catalog;

/** Where a catalog row was read: the file (or bundled resource) and the line its record starts on. */
public record CatalogPlace(String file, long line) {
    @Override
    public String toString() {
        return file + " line " + line;
    }
}
