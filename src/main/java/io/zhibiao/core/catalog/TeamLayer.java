package io.zhibiao.core.catalog;

import io.zhibiao.core.store.CatalogLayerTable;

import java.util.function.Function;

/**
 * A team store's catalog layer, in the store's table: every analyst of the team reads and changes the same
 * one. A change runs under the row's lock, on the layer as the last writer left it, so that two analysts
 * teaching at once both keep their lesson.
 */
final class TeamLayer implements LayerSource {
    private final CatalogLayerTable table;
    private final String store;

    TeamLayer(CatalogLayerTable table, String store) {
        this.table = table;
        this.store = store;
    }

    @Override
    public Stored read() {
        return stored(table.read());
    }

    @Override
    public Stored update(Function<Stored, String> change) {
        return stored(table.update(locked -> change.apply(stored(locked))));
    }

    @Override
    public String describe() {
        return "the team's catalog in " + store;
    }

    private static Stored stored(CatalogLayerTable.Layer layer) {
        // the row a new store starts with holds no text: no analyst taught anything yet
        return new Stored(layer.csv().isEmpty() ? null : layer.csv(), layer.version(), layer.updatedBy());
    }
}
