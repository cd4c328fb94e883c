package io.zhibiao.core.review;

import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.store.StoredIndicator;

import java.util.List;

/**
 * What merging a fresh engine result into one document would do, before anything is written: engine
 * values to add, unreviewed rows found again but read differently (kept under their id), unreviewed rows
 * the engine no longer finds, and counts of rows left as they are.
 */
record RerunPlan(long documentId, List<IndicatorValue> added, List<Refresh> changed, List<StoredIndicator> removed,
                 int unchanged, int kept, int duplicates) {
    record Refresh(StoredIndicator row, IndicatorValue fresh) {
    }

    RerunPlan {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }
}
