package io.zhibiao.reliability;

import io.zhibiao.core.export.ExcelExporter;
import io.zhibiao.core.export.ExportProgress;
import io.zhibiao.core.export.ExportRequest;
import io.zhibiao.core.export.TargetNotWritableException;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreException;
import io.zhibiao.core.store.StoreReadOnlyException;
import io.zhibiao.testing.SampleReports;
import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.testing.Permissions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Read-only places: a store that cannot be created or written is refused at start in plain words, and an
 * export into a read-only folder or over a read-only workbook leaves the previous file and no partial one.
 * Permissions do not bind root: those cases are tagged {@value Permissions#TAG} (see {@link Permissions}).
 */
class ReadOnlyPlacesTest {
    @TempDir
    Path dir;

    @Test
    void storeWhoseFolderIsAFileIsRefusedInWords() throws Exception {
        Path file = Files.writeString(dir.resolve("data"), "x");
        StoreException e = assertThrows(StoreException.class, () -> Store.open(file.resolve("zhibiao")));
        assertTrue(e.getMessage().endsWith(file + " is a file, not a folder"), e.getMessage());
    }

    @Test
    @Tag(Permissions.TAG)
    void storeThatCannotBeCreatedInAReadOnlyFolderIsRefusedInWords() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("locked"));
        Permissions.makeReadOnly(folder);
        try {
            StoreReadOnlyException e = assertThrows(StoreReadOnlyException.class,
                    () -> Store.open(folder.resolve("zhibiao")));
            assertTrue(e.getMessage().contains("the folder " + folder + " is read-only"), e.getMessage());
            StoreReadOnlyException deeper = assertThrows(StoreReadOnlyException.class,
                    () -> Store.open(folder.resolve("sub/zhibiao")));
            assertTrue(deeper.getMessage().contains("cannot be created (permission denied)"), deeper.getMessage());
        } finally {
            Permissions.makeWritable(folder);
        }
    }

    @Test
    @Tag(Permissions.TAG)
    void existingStoreInAReadOnlyFolderIsRefusedAndKeepsItsData() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("shared"));
        try (Store store = Store.open(folder.resolve("zhibiao"))) {
            ImportService.withBundledData(store).importPaths(List.of(SampleReports.path(SampleReports.HONGHU_2024)),
                    ImportListener.NONE, () -> false);
        }
        Path file = folder.resolve("zhibiao.mv.db");
        byte[] before = Files.readAllBytes(file);
        Permissions.makeReadOnly(file);
        Permissions.makeReadOnly(folder);
        try {
            StoreReadOnlyException e = assertThrows(StoreReadOnlyException.class,
                    () -> Store.open(folder.resolve("zhibiao")));
            assertTrue(e.getMessage().contains("is read-only"), e.getMessage());
            assertFalse(e.getMessage().contains("[9"), "no H2 error code: " + e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(file));
        } finally {
            Permissions.makeWritable(folder);
            Permissions.makeWritable(file);
        }
        try (Store store = Store.open(folder.resolve("zhibiao"))) {
            assertEquals(1, store.documents().listSummaries().size());
        }
    }

    @Test
    @Tag(Permissions.TAG)
    void exportIntoAReadOnlyFolderFailsClearlyAndLeavesNothing() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("out"));
        Path target = Files.writeString(folder.resolve("briefing.xlsx"), "previous workbook");
        try (Store store = Store.open(dir.resolve("store/zhibiao"))) {
            Permissions.makeReadOnly(folder);
            try {
                TargetNotWritableException e = assertThrows(TargetNotWritableException.class, () ->
                        ExcelExporter.export(store, ExportRequest.allDocuments(), target, ExportProgress.NONE,
                                () -> false));
                assertTrue(e.getMessage().contains("is not writable"), e.getMessage());
            } finally {
                Permissions.makeWritable(folder);
            }
        }
        assertEquals("previous workbook", Files.readString(target));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(target), files.toList(), "no partial file");
        }
    }
}
