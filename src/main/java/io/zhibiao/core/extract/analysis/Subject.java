package io.zhibiao.core.extract.analysis;

import io.zhibiao.core.extract.catalog.CatalogEntry;

/**
 * What a value is about: a catalog entry (or null for a quantity the catalog does not know), the name as
 * written and where it stands. {@code inherited} marks a subject carried over from an earlier value of the
 * sentence ("生产总值增长9%,总量突破185亿元").
 */
public record Subject(CatalogEntry entry, String name, int start, int end, boolean inherited) {

    public Subject asInherited() {
        return inherited ? this : new Subject(entry, name, start, end, true);
    }

    public String code() {
        return entry == null ? null : entry.code();
    }
}
