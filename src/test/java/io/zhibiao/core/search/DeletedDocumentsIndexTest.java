package io.zhibiao.core.search;

import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.store.Store;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A deleted document leaves the search index at once and comes back with undo; a restart agrees. */
class DeletedDocumentsIndexTest {
    @TempDir
    Path tmp;

    @Test
    void theIndexDropsADeletedDocumentAndTakesItBackOnUndo() throws IOException {
        Path db = tmp.resolve("store");
        long kept;
        long deleted;
        try (Store store = Store.open(db)) {
            CorpusSearch search = new CorpusSearch(store);
            kept = SearchCorpusFixture.add(store, "a.txt", "420100", 2023, "甲报告 高新技术企业");
            deleted = SearchCorpusFixture.add(store, "b.txt", "420200", 2023, "乙报告 高新技术产业");
            SearchIndex index = SearchIndex.of(store);
            assertTrue(index.awaitCaughtUp(Duration.ofSeconds(30)));
            assertEquals(2, index.indexedCount());

            ReviewService review = new ReviewService(store, "张敏");
            review.deleteDocuments(List.of(deleted));
            assertEquals(List.of(kept), ids(search.search("高新技术", 10)));
            assertTrue(index.awaitCaughtUp(Duration.ofSeconds(30)));
            assertEquals(1, index.indexedCount());

            review.history().undo();
            assertEquals(List.of(kept, deleted), ids(search.search("高新技术", 10)));
            assertTrue(index.awaitCaughtUp(Duration.ofSeconds(30)));
            assertEquals(2, index.indexedCount());
            assertTrue(search.search("乙报告", 10).size() == 1, "found through the index again");

            review.history().redo();
            assertTrue(index.awaitCaughtUp(Duration.ofSeconds(30)));
        }
        assertEquals(Set.of(kept), indexed(db), "the index on disk holds no deleted document");
        try (Store store = Store.open(db)) {
            // restored by a command while no index was open: the next catch-up takes it back
            new ReviewService(store, "张敏").restoreDocuments(List.of(deleted));
        }
        try (Store store = Store.open(db)) {
            CorpusSearch search = new CorpusSearch(store);
            assertTrue(SearchIndex.of(store).awaitCaughtUp(Duration.ofSeconds(30)));
            assertEquals(2, SearchIndex.of(store).indexedCount());
            assertEquals(List.of(kept, deleted), ids(search.search("高新技术", 10)));
        }
        assertEquals(Set.of(kept, deleted), indexed(db));
    }

    @Test
    void aDocumentDeletedWhileNoIndexWasOpenLeavesItAtTheNextStart() throws IOException {
        Path db = tmp.resolve("store");
        long deleted;
        try (Store store = Store.open(db)) {
            SearchCorpusFixture.add(store, "a.txt", "420100", 2023, "甲报告 高新技术企业");
            deleted = SearchCorpusFixture.add(store, "b.txt", "420200", 2023, "乙报告 高新技术产业");
            assertTrue(SearchIndex.of(store).awaitCaughtUp(Duration.ofSeconds(30)));
        }
        try (Store store = Store.open(db)) {
            new ReviewService(store, "张敏").deleteDocuments(List.of(deleted));
        }
        try (Store store = Store.open(db)) {
            assertTrue(SearchIndex.of(store).awaitCaughtUp(Duration.ofSeconds(30)));
            assertEquals(1, SearchIndex.of(store).indexedCount());
            assertTrue(new CorpusSearch(store).search("乙报告", 10).isEmpty());
        }
        assertEquals(1, indexed(db).size());
    }

    private static Set<Long> indexed(Path db) throws IOException {
        try (FSDirectory dir = FSDirectory.open(SearchIndex.locationOf(db));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            return IndexedDocuments.hashes(reader).keySet();
        }
    }

    private static List<Long> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::documentId).toList();
    }
}
