package io.zhibiao.core.export;

import io.zhibiao.core.compare.Observation;
import io.zhibiao.core.store.Store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The source sentence of a paired observation. Large exports pair observations without their
 * sentences to keep memory small; the few that become comments are then read back, in one pass when
 * the caller knows them beforehand ({@link #load}), else one by one.
 */
final class SentenceSource {
    private final Store store;
    private final Map<Long, String> loaded = new HashMap<>();

    SentenceSource(Store store) {
        this.store = store;
    }

    /** Reads the sentences of these observations that they do not carry, all on one connection. */
    void load(Collection<Observation> observations) {
        List<Long> missing = new ArrayList<>();
        for (Observation o : observations) {
            if (o.sentence() == null && !loaded.containsKey(o.indicatorId())) {
                missing.add(o.indicatorId());
            }
        }
        Map<Long, String> found = store.exportQueries().sentences(missing);
        // "" marks an indicator without a sentence, so it is not asked for again
        missing.forEach(id -> loaded.put(id, found.getOrDefault(id, "")));
    }

    String of(Observation o) {
        if (o == null) {
            return null;
        }
        if (o.sentence() != null) {
            return o.sentence();
        }
        String known = loaded.get(o.indicatorId());
        if (known != null) {
            return known.isEmpty() ? null : known;
        }
        return store.indicators().findById(o.indicatorId()).map(i -> i.value().sentence()).orElse(null);
    }
}
