package io.zhibiao.core.catalog;

import io.zhibiao.core.extract.catalog.CatalogRow;

import java.util.List;

/**
 * Another store's catalog layer merged into this one's, planned but not yet written: the layer it makes,
 * the codes it adds or changes, and where the two disagree.
 */
public record LayerMerge(List<CatalogRow> layer, List<String> added, List<String> changed, List<Conflict> conflicts) {
    /**
     * A field both layers set differently, or an alias the other layer gives an indicator while this catalog
     * has it for another (never applied: one phrase stands for one indicator).
     */
    public record Conflict(String subject, String mine, String theirs, boolean theirsKept) {
    }

    public LayerMerge {
        layer = List.copyOf(layer);
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        conflicts = List.copyOf(conflicts);
    }

    public boolean changesAnything() {
        return !added.isEmpty() || !changed.isEmpty();
    }
}
