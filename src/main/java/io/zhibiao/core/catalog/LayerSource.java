package io.zhibiao.core.catalog;

import java.util.function.Function;

/**
 * Where a store's catalog layer is kept, as CSV text ({@link io.zhibiao.core.extract.catalog.CatalogCsv#writeLayer}):
 * the file beside a store file, or the team store's table. {@link StoreCatalog} holds the catalog's logic; a
 * source only reads and writes text.
 */
interface LayerSource {
    /**
     * The layer's text as stored (null when there is none: no file, or a team store whose analysts taught
     * nothing yet), the number of changes that made it (always 0 for a file, which one analyst
     * owns) and who made the last change (empty when not known).
     */
    record Stored(String csv, long version, String updatedBy) {
    }

    Stored read();

    /**
     * Applies {@code change} to the layer as it stands now, kept from other writers until the new text is
     * written: {@code change} returns the new text, or null to write nothing, or throws to refuse.
     */
    Stored update(Function<Stored, String> change);

    /** Where the layer is, for messages: the file's path, or the team store. */
    String describe();
}
