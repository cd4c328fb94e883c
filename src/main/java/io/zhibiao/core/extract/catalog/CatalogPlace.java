package io.zhibiao.core.extract.catalog;

/**
 * Where a catalog row was read: the file (or bundled resource) and the line its record starts on; line 0
 * for a row not read from a file (one a command is adding).
 */
public record CatalogPlace(String file, long line) {
    @Override
    public String toString() {
        return line > 0 ? file + " line " + line : file;
    }
}
