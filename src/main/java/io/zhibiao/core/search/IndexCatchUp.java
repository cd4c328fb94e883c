package io.zhibiao.core.search;

import io.zhibiao.core.store.CorpusTextQueries;
import io.zhibiao.core.store.Store;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Brings the index in line with the store: entries of documents no longer stored, or stored with other
 * content (a store recreated at the same place reuses ids), are removed; documents the index lacks are
 * read from the store one at a time and added. Entries that agree are marked as usable at once, so
 * searches use the index for them while the rest is still being added.
 */
final class IndexCatchUp {
    private final SearchIndex index;
    private final CorpusTextQueries queries;
    private final Store store;

    IndexCatchUp(SearchIndex index, CorpusTextQueries queries, Store store) {
        this.index = index;
        this.queries = queries;
        this.store = store;
    }

    /** Returns how many documents were added. */
    int run(IndexWriter writer) throws IOException {
        Map<Long, String> inIndex;
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            inIndex = IndexedDocuments.hashes(reader);
        }
        Map<Long, String> inStore = queries.contentHashes();
        List<Long> missing = new ArrayList<>();
        for (Map.Entry<Long, String> e : inIndex.entrySet()) {
            if (!e.getValue().equals(inStore.get(e.getKey()))) {
                writer.deleteDocuments(IndexedDocuments.key(e.getKey()));
            }
        }
        for (Map.Entry<Long, String> e : inStore.entrySet()) {
            if (e.getValue().equals(inIndex.get(e.getKey()))) {
                index.markIndexed(e.getKey(), true);
            } else {
                missing.add(e.getKey());
            }
        }
        missing.sort(null);
        int added = 0;
        for (Long id : missing) {
            if (index.closing()) {
                break;
            }
            var text = SearchIndex.loadText(store, id);
            if (text.isPresent() && index.add(writer, id, inStore.get(id), text.get().originalText())) {
                added++;
            }
        }
        return added;
    }
}
