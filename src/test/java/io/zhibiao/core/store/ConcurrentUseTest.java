package io.zhibiao.core.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The UI thread reads while background imports and review edits write. */
class ConcurrentUseTest {
    @TempDir
    Path dir;

    @Test
    void importsReadsAndEditsFromSeveralThreadsAllLand() throws Exception {
        int importers = 3;
        int perImporter = 20;
        try (Store store = Store.open(dir.resolve("zhibiao"))) {
            ExecutorService pool = Executors.newFixedThreadPool(importers + 1);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < importers; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perImporter; i++) {
                        String text = StoreFixtures.TEXT + " 线程" + thread + " 文件" + i;
                        long id = store.documents().insertDocument(
                                StoreFixtures.document("/t" + thread + "/" + i + ".txt", text),
                                List.of(StoreFixtures.gdpTarget(), StoreFixtures.unemploymentRange()));
                        StoredIndicator first = store.indicators().findByDocument(id).get(0);
                        store.indicators().updateStatus(first.id(), ReviewStatus.VERIFIED, "t" + thread,
                                Instant.now());
                    }
                    return null;
                }));
            }
            futures.add(pool.submit(() -> {
                int seen = 0;
                while (seen < importers * perImporter) {
                    List<DocumentSummary> list = store.documents().listSummaries();
                    for (DocumentSummary s : list) {
                        // an import is visible whole or not at all
                        assertEquals(2, s.indicatorCount());
                    }
                    seen = list.size();
                }
                return null;
            }));
            pool.shutdown();
            assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
            for (Future<?> f : futures) {
                f.get();
            }
            List<DocumentSummary> all = store.documents().listSummaries();
            assertEquals(importers * perImporter, all.size());
            assertTrue(all.stream().allMatch(s -> s.reviewedCount() == 1));
            assertTrue(store.documents().findIncomplete().isEmpty());
        }
    }

    @Test
    void reviewCountsStayExactWhenThreadsReviewTheSameDocument() throws Exception {
        try (Store store = Store.open(dir.resolve("zhibiao"))) {
            List<io.zhibiao.core.model.IndicatorValue> values = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                values.add(StoreFixtures.gdpTarget());
            }
            long doc = store.documents().insertDocument(StoreFixtures.document("/r/a.txt", StoreFixtures.TEXT),
                    values);
            List<StoredIndicator> rows = store.indicators().findByDocument(doc);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = thread; i < rows.size(); i += 4) {
                        long id = rows.get(i).id();
                        store.indicators().updateStatus(id, ReviewStatus.VERIFIED, "t" + thread, Instant.now());
                        if (i % 5 == 0) {
                            store.indicators().setDeleted(id, true, "t" + thread, Instant.now());
                        }
                    }
                    return null;
                }));
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
            for (Future<?> f : futures) {
                f.get();
            }
            DocumentSummary summary = store.documents().findById(doc).orElseThrow();
            assertEquals(32, summary.indicatorCount());
            assertEquals(32, summary.reviewedCount());
            assertEquals(40, summary.storedIndicatorCount());
        }
    }
}
