package io.zhibiao.core.catalog;

import java.util.List;

/**
 * What a catalog import or edit changed: codes added, codes whose indicator now reads differently (names,
 * aliases, units, measures, or retired before), and codes the file gave exactly as they were.
 */
public record CatalogImport(List<String> added, List<String> changed, List<String> unchanged) {
    public boolean changedAnything() {
        return !added.isEmpty() || !changed.isEmpty();
    }

    public String summary() {
        return "added " + added.size() + ", changed " + changed.size() + ", unchanged " + unchanged.size();
    }
}
