package io.zhibiao.core.portable;

import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.fixture.AnalystWorkSnapshot;
import io.zhibiao.core.store.fixture.FirstSchemaFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A store rebuilt from the report files plus a work file holds exactly the work of the original. */
class WorkRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void aRebuiltStoreHoldsAllTheWorkOfTheOriginal() {
        List<Path> reports = PortableFixtures.sampleReports(dir.resolve("reports"));
        Path file = dir.resolve("work.json");
        Map<String, Object> original;
        Map<String, Object> originalAsFixture;
        try (Store a = PortableFixtures.storeWith(dir.resolve("a/zhibiao"), reports)) {
            PortableFixtures.doEveryKindOfWork(a, PortableFixtures.review(a, "wang.li",
                    Instant.parse("2025-03-01T09:00:00Z")));
            original = AnalystWorkSnapshot.complete(a);
            originalAsFixture = AnalystWorkSnapshot.of(a);
            WorkExportSummary exported = new WorkExporter(a).export(file, "wang.li", WorkProgress.NONE, () -> false);
            assertEquals(3, exported.documents());
            assertTrue(exported.bytes() > 1000 && exported.historyEvents() > 20, exported.toString());
        }
        try (Store b = PortableFixtures.storeWith(dir.resolve("b/zhibiao"), reports)) {
            assertNotEquals(original, AnalystWorkSnapshot.complete(b), "a fresh store has none of the work");
            WorkImportReport report = new WorkImporter(b).importFile(file, ConflictPolicy.NEWER_WINS,
                    WorkProgress.NONE, () -> false);
            assertEquals(3, report.documentsMatched());
            assertTrue(report.missing().isEmpty() && report.conflicts().isEmpty() && report.keptAsAdded().isEmpty(),
                    report.toString());
            assertEquals(original, AnalystWorkSnapshot.complete(b));
            assertEquals(originalAsFixture, AnalystWorkSnapshot.of(b));
        }
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() {
        List<Path> reports = PortableFixtures.sampleReports(dir.resolve("reports"));
        Path file = dir.resolve("work.json");
        try (Store a = PortableFixtures.storeWith(dir.resolve("a/zhibiao"), reports)) {
            PortableFixtures.doEveryKindOfWork(a, PortableFixtures.review(a, "wang.li",
                    Instant.parse("2025-03-01T09:00:00Z")));
            new WorkExporter(a).export(file, "wang.li", WorkProgress.NONE, () -> false);
            WorkImportReport intoItself = new WorkImporter(a).importFile(file, ConflictPolicy.TAKE_THEIRS,
                    WorkProgress.NONE, () -> false);
            assertTrue(intoItself.changedNothing(), "the store that wrote the file already has it all: " + intoItself);
        }
        try (Store b = PortableFixtures.storeWith(dir.resolve("b/zhibiao"), reports)) {
            WorkImporter importer = new WorkImporter(b);
            WorkImportReport first = importer.importFile(file, ConflictPolicy.NEWER_WINS, WorkProgress.NONE, () -> false);
            assertTrue(first.historyAdded() > 20 && first.indicatorsApplied() > 10, first.toString());
            Map<String, Object> afterFirst = AnalystWorkSnapshot.complete(b);
            WorkImportReport second = importer.importFile(file, ConflictPolicy.NEWER_WINS, WorkProgress.NONE, () -> false);
            assertTrue(second.changedNothing(), second.toString());
            assertEquals(0, second.historyAdded());
            assertEquals(afterFirst, AnalystWorkSnapshot.complete(b));
        }
    }

    @Test
    void theFirstSchemasStoreKeepsAllItsWorkThroughAWorkFile() throws Exception {
        Path oldStore = FirstSchemaFixture.copyTo(dir.resolve("old"));
        Path file = dir.resolve("old-work.json");
        Map<String, Object> original;
        Map<String, Object> originalAsFixture;
        try (Store a = Store.open(oldStore)) {
            original = AnalystWorkSnapshot.complete(a);
            originalAsFixture = AnalystWorkSnapshot.of(a);
            new WorkExporter(a).export(file, "wang.li", WorkProgress.NONE, () -> false);
        }
        List<Path> reports = PortableFixtures.sampleReports(dir.resolve("reports"));
        try (Store rebuilt = PortableFixtures.storeWith(dir.resolve("rebuilt/zhibiao"), reports)) {
            WorkImportReport report = new WorkImporter(rebuilt).importFile(file, ConflictPolicy.NEWER_WINS,
                    WorkProgress.NONE, () -> false);
            assertEquals(3, report.documentsMatched(), report.toString());
            // the rebuilt store's engine rows come from today's engine; the analyst's work must all be there
            assertEquals(AnalystWorkSnapshot.analystWorkOnly(original),
                    AnalystWorkSnapshot.analystWorkOnly(AnalystWorkSnapshot.complete(rebuilt)));
            assertEquals(AnalystWorkSnapshot.analystWorkOnly(originalAsFixture),
                    AnalystWorkSnapshot.analystWorkOnly(AnalystWorkSnapshot.of(rebuilt)));
        }
    }
}
