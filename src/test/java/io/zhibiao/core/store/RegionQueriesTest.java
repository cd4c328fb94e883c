package io.zhibiao.core.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The region views (target versus actual) see a document under its effective region, override included. */
class RegionQueriesTest {
    @TempDir
    Path tmp;

    @Test
    void documentsAreListedUnderTheAnalystsRegionWhenOneIsSet() {
        try (Store store = Store.open(tmp.resolve("store"))) {
            long a = store.documents().insertDocument(StoreFixtures.document("/r/a.txt", "甲"), List.of());
            long b = store.documents().insertDocument(StoreFixtures.document("/r/b.txt", "乙"), List.of());
            long bare = store.documents().insertDocument(StoreFixtures.bareDocument("/r/c.txt", "丙"), List.of());
            assertEquals(List.of("421200"), store.documents().effectiveRegionCodes());
            assertEquals(List.of(a, b), ids(store.documents().listByRegion("421200")));

            store.documents().overrideRegion(b, "429004");
            store.documents().overrideRegion(bare, "421200");
            assertEquals(List.of("421200", "429004"), store.documents().effectiveRegionCodes());
            assertEquals(List.of(a, bare), ids(store.documents().listByRegion("421200")));
            assertEquals(List.of(b), ids(store.documents().listByRegion("429004")));
            assertEquals(List.of(), store.documents().listByRegion("110000"));
        }
    }

    private static List<Long> ids(List<DocumentSummary> docs) {
        return docs.stream().map(DocumentSummary::id).toList();
    }
}
