package io.zhibiao.core.importer;

import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.StorageFailure;
import io.zhibiao.core.store.Store;
import io.zhibiao.testing.FullDisk;
import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The disk fills up in the middle of an import (simulated under H2's file layer, see {@link FullDisk}): the
 * import stops and says the disk is full, how many documents it imported and how many not, and every
 * document it reported as imported is in the store when it is opened again. Before, every document went
 * on being reported as imported after the first failed write, and most of them were gone.
 */
class FullDiskImportTest {
    private static final int FILES = 40;

    @TempDir
    Path tmp;

    /** Room for a few documents, for about ten, for about twenty (a report takes 50 to 100 KB). */
    @ParameterizedTest
    @ValueSource(longs = {300_000, 900_000, 2_000_000})
    void aFullDiskStopsTheImportAndEveryDocumentReportedIsKept(long room) throws Exception {
        List<Path> files = SampleReports.variants(tmp.resolve("reports"), FILES);
        Path db = tmp.resolve("store/zhibiao");
        List<FileOutcome> reported = new ArrayList<>();
        ImportSummary summary;
        try (FullDisk disk = FullDisk.install(); Store store = Store.open(db)) {
            RegionTable.ensureLoaded(store);
            store.flush();
            disk.leave(room);
            summary = ImportService.withBundledData(store).withThreads(2).importPaths(
                    List.of(tmp.resolve("reports")), (done, total, o) -> reported.add(o), () -> false);
        }
        StorageFailure failure = summary.storageFailure().orElseThrow(() -> new AssertionError(
                "the import should have stopped on the full disk"));
        assertTrue(failure.diskFull(), failure.toString());
        assertEquals(reported, summary.outcomes(), "the summary holds what was reported, nothing more");
        assertEquals(List.of(), summary.failures(), "no file is blamed for the disk");
        assertEquals(FILES - summary.imported(), summary.notImported());
        assertTrue(summary.notImported() > 0);

        try (Store store = Store.open(db)) {
            assertEveryReportedDocumentIsKept(store, summary);
            // Space freed: the same import adds the rest, and what reached the disk unreported is a duplicate.
            ImportSummary rest = ImportService.withBundledData(store).withThreads(2).importPaths(
                    List.of(tmp.resolve("reports")), ImportListener.NONE, () -> false);
            assertTrue(rest.storageFailure().isEmpty());
            assertEquals(0, rest.failed());
            assertEquals(files.size(), store.documents().listSummaries().size());
        }
    }

    /**
     * The workbench keeps its store open all day: after a full disk, and space freed, the next import in the
     * same open store must work, without a restart. Before, the connection the store holds died with the
     * failed write, and every later import stopped on it.
     */
    @Test
    void afterAFullDiskAndSpaceFreedTheSameOpenStoreImportsTheRest() throws Exception {
        List<Path> files = SampleReports.variants(tmp.resolve("reports"), 20);
        Path db = tmp.resolve("store/zhibiao");
        ImportSummary rest;
        try (FullDisk disk = FullDisk.install(); Store store = Store.open(db)) {
            RegionTable.ensureLoaded(store);
            store.flush();
            disk.leave(600_000);
            ImportSummary first = ImportService.withBundledData(store).withThreads(2).importPaths(
                    List.of(tmp.resolve("reports")), ImportListener.NONE, () -> false);
            assertTrue(first.storageFailure().orElseThrow(() -> new AssertionError(first.toString())).diskFull());

            disk.leave(Long.MAX_VALUE);
            rest = ImportService.withBundledData(store).withThreads(2).importPaths(
                    List.of(tmp.resolve("reports")), ImportListener.NONE, () -> false);
            assertTrue(rest.storageFailure().isEmpty(), () -> "the second import failed: " + rest.storageFailure());
            assertEquals(0, rest.failed());
            assertEquals(files.size(), rest.imported() + rest.duplicates());
            assertEquals(files.size(), store.documents().listSummaries().size());
        }
        try (Store store = Store.open(db)) {
            assertEveryReportedDocumentIsKept(store, rest);
            assertEquals(files.size(), store.documents().listSummaries().size());
        }
    }

    @Test
    void aDiskFullBeforeTheFirstDocumentImportsNothingAndSaysSo() throws Exception {
        SampleReports.variants(tmp.resolve("reports"), 5);
        Path db = tmp.resolve("store/zhibiao");
        ImportSummary summary;
        try (FullDisk disk = FullDisk.install(); Store store = Store.open(db)) {
            store.flush();
            // not even the gazetteer, written once before the first document, fits
            disk.leave(10_000);
            summary = ImportService.withBundledData(store).importPaths(List.of(tmp.resolve("reports")),
                    ImportListener.NONE, () -> false);
        }
        assertTrue(summary.storageFailure().orElseThrow(() -> new AssertionError(summary.toString())).diskFull());
        assertEquals(0, summary.imported());
        assertEquals(5, summary.notImported());
        try (Store store = Store.open(db)) {
            assertEquals(List.of(), store.documents().listSummaries());
        }
    }

    @Test
    void anotherFailureOfTheDiskIsNamedInTheSystemsWords() throws Exception {
        SampleReports.variants(tmp.resolve("reports"), 20);
        Path db = tmp.resolve("store/zhibiao");
        ImportSummary summary;
        try (FullDisk disk = FullDisk.install(); Store store = Store.open(db)) {
            RegionTable.ensureLoaded(store);
            store.flush();
            disk.failAfter(500_000, "Input/output error");
            summary = ImportService.withBundledData(store).withThreads(2).importPaths(
                    List.of(tmp.resolve("reports")), ImportListener.NONE, () -> false);
        }
        StorageFailure failure = summary.storageFailure().orElseThrow();
        assertFalse(failure.diskFull());
        assertEquals("Input/output error", failure.reason());
        try (Store store = Store.open(db)) {
            assertEveryReportedDocumentIsKept(store, summary);
        }
    }

    static void assertEveryReportedDocumentIsKept(Store store, ImportSummary summary) {
        for (FileOutcome o : summary.outcomes()) {
            if (o.status() == FileOutcome.Status.IMPORTED) {
                DocumentSummary kept = store.documents().findById(o.documentId()).orElseThrow(() ->
                        new AssertionError(o.file().getFileName() + " was reported as imported and is not in the store"));
                assertEquals(o.file().getFileName().toString(), kept.fileName());
            }
        }
        assertEquals(List.of(), store.documents().findIncomplete(), "documents with missing rows or text");
    }
}
