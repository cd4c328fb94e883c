package io.zhibiao.core.importer;

import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.Store;
import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Importing a folder reads what is in it: a symbolic link in it that leads out ({@code passwd.txt ->
 * /etc/passwd} was imported) is skipped and named, a link to a file inside reads nothing twice, and a
 * loop of links does not hang the walk. Links are made in the test's own folder; no root rights needed.
 */
class FolderLinksTest {
    @TempDir
    Path tmp;

    @Test
    void aLinkLeadingOutOfTheFolderIsSkippedAndNamedWithWhereItLeads() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("reports"));
        Files.copy(SampleReports.path(SampleReports.HONGHU_2024), folder.resolve("honghu.txt"));
        // outside the folder: a report too, so that only the link rule keeps it out
        Path secrets = Files.createDirectories(tmp.resolve("elsewhere"));
        Path secret = Files.copy(SampleReports.path(SampleReports.XIANNING_2023), secrets.resolve("passwd.txt"));
        Files.copy(SampleReports.path(SampleReports.XIANNING_2024_SUMMARY), secrets.resolve("other.txt"));
        link(folder.resolve("passwd.txt"), secret);
        link(folder.resolve("sub"), secrets);

        try (Store store = Store.open(tmp.resolve("store/zhibiao"))) {
            ImportSummary s = ImportService.withBundledData(store).importPaths(List.of(folder),
                    ImportListener.NONE, () -> false);
            assertEquals(1, s.imported());
            assertEquals(List.of(new ImportFiles.SkippedLink(folder.resolve("passwd.txt"), secret.toRealPath()),
                    new ImportFiles.SkippedLink(folder.resolve("sub"), secrets.toRealPath())), s.links());
            assertEquals(List.of("honghu.txt"),
                    store.documents().listSummaries().stream().map(DocumentSummary::fileName).toList());
        }
    }

    @Test
    @Timeout(60)
    void aLinkToAFileInsideReadsItOnceAndLoopsOfLinksEnd() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("reports"));
        Path a = Files.createDirectories(folder.resolve("a"));
        Path report = Files.copy(SampleReports.path(SampleReports.HONGHU_2024), a.resolve("honghu.txt"));
        link(Files.createDirectories(folder.resolve("b")).resolve("same.txt"), Path.of("../a/honghu.txt"));
        link(folder.resolve("round"), Path.of("."));
        link(a.resolve("up"), Path.of(".."));
        link(folder.resolve("ping.txt"), Path.of("pong.txt"));
        link(folder.resolve("pong.txt"), Path.of("ping.txt"));
        link(folder.resolve("gone.txt"), Path.of("deleted.txt"));

        ImportFiles.Expansion e = ImportFiles.expandAll(List.of(folder));
        assertEquals(List.of(report), e.files(), "the file once, where it lies");
        assertEquals(List.of(new ImportFiles.SkippedLink(folder.resolve("gone.txt"), null),
                new ImportFiles.SkippedLink(folder.resolve("ping.txt"), null),
                new ImportFiles.SkippedLink(folder.resolve("pong.txt"), null)), e.links(), "links that lead nowhere");
    }

    @Test
    void aFolderNamedByTheUserMayItselfBeALink() throws Exception {
        Path real = Files.createDirectories(tmp.resolve("data/reports"));
        Files.copy(SampleReports.path(SampleReports.HONGHU_2024), real.resolve("honghu.txt"));
        Path named = tmp.resolve("my-reports");
        link(named, real);

        ImportFiles.Expansion e = ImportFiles.expandAll(List.of(named));
        assertEquals(List.of(named.resolve("honghu.txt")), e.files(), "read, under the name the user gave");
        assertEquals(List.of(), e.links());
    }

    /** Makes a link, or skips the test on a file system that has none (FAT, Windows without the right). */
    static void link(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | FileSystemException e) {
            Assumptions.abort("this file system cannot make symbolic links here: " + e);
        }
    }
}
