package io.zhibiao.core.extract.catalog;

/** An alias of {@code entry} found at [start, end) of the searched text. */
public record AliasMatch(CatalogEntry entry, int start, int end) {
    public int length() {
        return end - start;
    }
}
