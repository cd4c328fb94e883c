package io.zhibiao.core.importer;

import io.zhibiao.core.pipeline.BundledData;
import io.zhibiao.core.store.Store;

/** Fills the store's region table from the bundled gazetteer the first time it is needed. */
public final class RegionTable {
    private RegionTable() {
    }

    public static void ensureLoaded(Store store) {
        if (store.regions().count() == 0) {
            store.regions().insertAllIfEmpty(java.util.List.copyOf(BundledData.gazetteer().all()),
                    BundledData.gazetteer()::shortName);
        }
    }
}
