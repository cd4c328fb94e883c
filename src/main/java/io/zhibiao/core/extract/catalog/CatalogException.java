package io.zhibiao.core.extract.catalog;

/**
 * A catalog file that cannot be used: malformed, or clashing with itself or the catalog it joins. The
 * message names the file, the line and the problem; nothing was changed.
 */
public final class CatalogException extends IllegalArgumentException {
    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
