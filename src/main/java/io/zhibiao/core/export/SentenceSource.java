package io.zhibiao.core.export;

import io.zhibiao.core.compare.Observation;
import io.zhibiao.core.store.Store;

/**
 * The source sentence of a paired observation. Large exports pair observations without their
 * sentences to keep memory small; the few that become comments are then read back one by one.
 */
final class SentenceSource {
    private final Store store;

    SentenceSource(Store store) {
        this.store = store;
    }

    String of(Observation o) {
        if (o == null) {
            return null;
        }
        if (o.sentence() != null) {
            return o.sentence();
        }
        return store.indicators().findById(o.indicatorId()).map(i -> i.value().sentence()).orElse(null);
    }
}
