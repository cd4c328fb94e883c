package io.zhibiao.core.search;

import io.zhibiao.core.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index follows the store: after imports, after being deleted or damaged, and while imports run. */
class SearchIndexCatchUpTest {
    @TempDir
    Path tmp;

    @Test
    void documentsStoredWhileTheIndexIsOpenAreFoundAtOnce() {
        try (Store store = Store.open(tmp.resolve("store"))) {
            CorpusSearch search = new CorpusSearch(store);
            assertTrue(SearchIndex.of(store).awaitCaughtUp(Duration.ofSeconds(30)));
            long id = SearchCorpusFixture.add(store, "new.txt", "420100", 2024, "新增的报告：数字经济核心产业");
            assertEquals(List.of(id), ids(search.search("数字经济核心", 10)));
            assertEquals(1, SearchIndex.of(store).indexedCount());
        }
    }

    @Test
    void anIndexDeletedOrMissedImportsIsRebuiltAndSearchesStayRightMeanwhile() throws Exception {
        Path db = tmp.resolve("store");
        try (Store store = Store.open(db)) {
            SearchCorpusFixture.add(store, "a.txt", "420100", 2023, "甲报告 高新技术企业");
            new CorpusSearch(store).search("高新", 10);
            assertTrue(SearchIndex.of(store).awaitCaughtUp(Duration.ofSeconds(30)));
        }
        try (Store store = Store.open(db)) {
            // imported while no index was open (as the command line does)
            SearchCorpusFixture.add(store, "b.txt", "420200", 2023, "乙报告 高新技术产业");
        }
        try (Store store = Store.open(db)) {
            CorpusSearch search = new CorpusSearch(store);
            assertEquals(2, search.search("高新技术", 10).size(), "right before the index caught up too");
            assertTrue(SearchIndex.of(store).awaitCaughtUp(Duration.ofSeconds(30)));
            assertEquals(2, SearchIndex.of(store).indexedCount());
            assertEquals(2, search.search("高新技术", 10).size());
        }
        deleteTree(SearchIndex.locationOf(tmp.resolve("store")));
        try (Store store = Store.open(db)) {
            CorpusSearch search = new CorpusSearch(store);
            assertEquals(2, search.search("高新技术", 10).size());
            assertTrue(SearchIndex.of(store).awaitCaughtUp(Duration.ofSeconds(30)));
            assertEquals(2, SearchIndex.of(store).indexedCount());
            assertEquals(1, search.search("产业", 10).size());
        }
        // damaged: every file of the index overwritten with garbage
        try (Stream<Path> files = Files.list(SearchIndex.locationOf(tmp.resolve("store")))) {
            for (Path f : files.toList()) {
                Files.write(f, new byte[]{1, 2, 3});
            }
        }
        try (Store store = Store.open(db)) {
            CorpusSearch search = new CorpusSearch(store);
            assertTrue(SearchIndex.of(store).awaitCaughtUp(Duration.ofSeconds(30)));
            assertEquals(2, search.search("高新技术", 10).size());
            assertEquals(2, SearchIndex.of(store).indexedCount());
        }
    }

    @Test
    void aStoreRecreatedAtTheSamePlaceDoesNotInheritTheOldIndexEntries() throws Exception {
        Path db = tmp.resolve("store");
        try (Store store = Store.open(db)) {
            SearchCorpusFixture.add(store, "old.txt", "420100", 2020, "旧的内容 乡村振兴");
            new CorpusSearch(store);
            assertTrue(SearchIndex.of(store).awaitCaughtUp(Duration.ofSeconds(30)));
        }
        Files.delete(Path.of(db + ".mv.db"));
        try (Store store = Store.open(db)) {
            long id = SearchCorpusFixture.add(store, "new.txt", "420100", 2021, "新的内容 城市更新");
            CorpusSearch search = new CorpusSearch(store);
            assertTrue(SearchIndex.of(store).awaitCaughtUp(Duration.ofSeconds(30)));
            assertEquals(List.of(id), ids(search.search("城市更新", 10)));
            assertEquals(List.of(), search.search("乡村振兴", 10));
        }
    }

    @Test
    void searchesDuringAnImportSeeEveryCommittedDocument() throws Exception {
        try (Store store = Store.open(tmp.resolve("store"))) {
            CorpusSearch search = new CorpusSearch(store);
            ExecutorService importers = Executors.newFixedThreadPool(2);
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int thread = t;
                running.add(importers.submit(() -> {
                    for (int i = 0; i < 60; i++) {
                        SearchCorpusFixture.add(store, thread + "-" + i + ".txt", "420100", 2020,
                                "报告 " + thread + "-" + i + " 共同富裕示范区建设");
                    }
                }));
            }
            int last = 0;
            while (running.stream().anyMatch(f -> !f.isDone())) {
                int before = store.documents().listSummaries().size();
                int found = search.search("共同富裕示范区", 500).size();
                assertTrue(found >= before, "found " + found + " of at least " + before + " stored");
                assertTrue(found >= last);
                last = found;
            }
            for (Future<?> f : running) {
                f.get();
            }
            importers.shutdown();
            assertEquals(120, search.search("共同富裕示范区", 500).size());
            assertTrue(SearchIndex.of(store).awaitCaughtUp(Duration.ofSeconds(30)));
            assertEquals(120, SearchIndex.of(store).indexedCount());
        }
    }

    private static List<Long> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::documentId).toList();
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
