package io.zhibiao.core.export;

import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.ExportQueries;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.Store;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Walks the indicators in scope document by document, so memory holds one document's indicators at a
 * time however large the store is. Deleted indicators are never visited.
 */
final class IndicatorPass {
    private IndicatorPass() {
    }

    /** Hands every indicator that passes the filter to {@code sink}; returns how many there were. */
    static long run(Store store, ExportScope scope, Consumer<IndicatorRecord> sink, ExportProgress progress,
                    BooleanSupplier cancelled) {
        boolean anyTags = !store.tags().findAll().isEmpty();
        ExportQueries queries = store.exportQueries();
        List<DocumentSummary> docs = scope.documents();
        long count = 0;
        int done = 0;
        for (DocumentSummary d : docs) {
            if (cancelled.getAsBoolean()) {
                throw new ExportCancelledException();
            }
            Map<Long, List<String>> tags = anyTags ? queries.tagNamesByIndicator(d.id()) : Map.of();
            for (StoredIndicator i : store.indicators().findByDocument(d.id())) {
                List<String> t = tags.getOrDefault(i.id(), List.of());
                if (scope.keeps(i, d, t)) {
                    sink.accept(new IndicatorRecord(d, scope.regionOf(d), i, t));
                    count++;
                }
            }
            progress.progress(ExportSheet.INDICATORS, ++done, docs.size());
        }
        return count;
    }

    /** Rows the pass can produce at most: the live indicator counts of the documents in scope. */
    static long upperBound(ExportScope scope) {
        return scope.documents().stream().mapToLong(DocumentSummary::indicatorCount).sum();
    }
}
