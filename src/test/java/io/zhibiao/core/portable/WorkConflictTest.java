package io.zhibiao.core.portable;

import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A colleague's file and this store disagree about one indicator, one document's year and a tag colour:
 * each policy decides as documented and every conflict is reported.
 */
class WorkConflictTest {
    private static final Instant EARLY = Instant.parse("2025-03-01T09:00:00Z");
    private static final Instant LATE = Instant.parse("2025-03-02T09:00:00Z");

    @TempDir
    Path dir;

    private List<Path> reports;

    /** Theirs: rejected indicator 0, year 2024, tag red. Mine: verified indicator 0 with a note, year 2025, tag blue. */
    private Path theirFile(Instant when) {
        reports = PortableFixtures.sampleReports(dir.resolve("reports"));
        Path file = dir.resolve("theirs-" + when.getEpochSecond() + ".json");
        try (Store theirs = PortableFixtures.storeWith(dir.resolve("theirs-" + when.getEpochSecond() + "/zhibiao"),
                reports)) {
            ReviewService review = PortableFixtures.review(theirs, "li.na", when);
            review.reject(PortableFixtures.indicators(theirs, 0).get(0).id());
            review.overrideYear(PortableFixtures.documents(theirs).get(0).id(), 2024);
            review.tagNamed("重点", "#ff0000");
            new WorkExporter(theirs).export(file, "li.na", WorkProgress.NONE, () -> false);
        }
        return file;
    }

    private Store myStore(String name, Instant when) {
        Store mine = PortableFixtures.storeWith(dir.resolve(name + "/zhibiao"), reports);
        ReviewService review = PortableFixtures.review(mine, "wang.li", when);
        long first = PortableFixtures.indicators(mine, 0).get(0).id();
        review.verify(first);
        review.setNote(first, "mine");
        review.overrideYear(PortableFixtures.documents(mine).get(0).id(), 2025);
        review.tagNamed("重点", "#0000ff");
        return mine;
    }

    private static StoredIndicator first(Store store) {
        return PortableFixtures.indicators(store, 0).get(0);
    }

    @Test
    void newerWinsTakesTheLaterChangeAndReportsEachConflict() {
        Path late = theirFile(LATE);
        try (Store mine = myStore("mine", EARLY)) {
            WorkImportReport report = new WorkImporter(mine).importFile(late, ConflictPolicy.NEWER_WINS,
                    WorkProgress.NONE, () -> false);
            assertEquals(3, report.conflicts().size(), report.conflicts().toString());
            assertEquals(ReviewStatus.REJECTED, first(mine).status(), "their change is newer");
            assertEquals("li.na", first(mine).updatedBy());
            assertEquals(2024, PortableFixtures.documents(mine).get(0).reportYearOverride());
            assertEquals("#0000ff", mine.tags().findByName("重点").map(Tag::color).orElseThrow(),
                    "a tag colour has no time: newer-wins keeps this store's");
            assertTrue(report.conflicts().get(0).describe().contains("kept"), report.conflicts().get(0).describe());
        }
        try (Store mine = myStore("mine-late", LATE.plusSeconds(3600))) {
            WorkImportReport report = new WorkImporter(mine).importFile(late, ConflictPolicy.NEWER_WINS,
                    WorkProgress.NONE, () -> false);
            assertEquals(3, report.conflicts().size());
            assertTrue(report.conflicts().stream().noneMatch(WorkConflict::theirsKept));
            assertEquals(ReviewStatus.VERIFIED, first(mine).status(), "my change is newer");
            assertEquals("mine", first(mine).note());
            assertEquals(2025, PortableFixtures.documents(mine).get(0).reportYearOverride());
            WorkImportReport again = new WorkImporter(mine).importFile(late, ConflictPolicy.NEWER_WINS,
                    WorkProgress.NONE, () -> false);
            assertTrue(again.changedNothing(), "a second import changes nothing: " + again);
            assertEquals(3, again.conflicts().size(), "and reports the same conflicts");
        }
    }

    @Test
    void keepMineNeverChangesThisStoresWork() {
        Path late = theirFile(LATE);
        try (Store mine = myStore("mine", EARLY)) {
            WorkImportReport report = new WorkImporter(mine).importFile(late, ConflictPolicy.KEEP_MINE,
                    WorkProgress.NONE, () -> false);
            assertEquals(3, report.conflicts().size());
            assertFalse(report.conflicts().stream().anyMatch(WorkConflict::theirsKept));
            assertEquals(ReviewStatus.VERIFIED, first(mine).status());
            assertEquals(2025, PortableFixtures.documents(mine).get(0).reportYearOverride());
            assertTrue(mine.audit().listByEntity("indicator", first(mine).id()).stream()
                    .anyMatch(e -> e.analyst().equals("li.na")), "their history is kept beside mine");
        }
    }

    @Test
    void takeTheirsAlwaysAppliesTheFile() {
        Path early = theirFile(EARLY);
        try (Store mine = myStore("mine", LATE)) {
            WorkImportReport report = new WorkImporter(mine).importFile(early, ConflictPolicy.TAKE_THEIRS,
                    WorkProgress.NONE, () -> false);
            assertEquals(3, report.conflicts().size());
            assertTrue(report.conflicts().stream().allMatch(WorkConflict::theirsKept));
            assertEquals(ReviewStatus.REJECTED, first(mine).status());
            assertEquals(null, first(mine).note());
            assertEquals(2024, PortableFixtures.documents(mine).get(0).reportYearOverride());
            assertEquals("#ff0000", mine.tags().findByName("重点").map(Tag::color).orElseThrow());
            assertEquals(1, PortableFixtures.documents(mine).get(0).reviewedCount(), "the review counter stays right");
        }
    }
}
