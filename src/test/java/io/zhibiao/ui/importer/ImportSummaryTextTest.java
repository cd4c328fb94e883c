package io.zhibiao.ui.importer;

import io.zhibiao.core.importer.FileOutcome;
import io.zhibiao.core.importer.ImportFiles;
import io.zhibiao.core.importer.ImportSummary;
import io.zhibiao.core.store.StorageFailure;
import io.zhibiao.ui.common.Messages;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import summary dialog: a full disk said in words with what was kept, file names never shown raw. */
class ImportSummaryTextTest {
    private final Messages en = new Messages(Locale.ENGLISH);
    private final Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);

    @org.junit.jupiter.api.io.TempDir
    Path tmp;

    @Test
    void aFailedFileGivesItsReasonInTheWorkbenchsLanguage() throws Exception {
        Path empty = java.nio.file.Files.createFile(tmp.resolve("空.txt"));
        Path page = java.nio.file.Files.writeString(tmp.resolve("page.html"), "<html><body><nav></nav></body></html>");
        List<FileOutcome> failed = new java.util.ArrayList<>();
        for (Path p : List.of(empty, page, tmp.resolve("gone.pdf"))) {
            try {
                new io.zhibiao.core.corpus.ReportFileReader().read(p);
            } catch (io.zhibiao.core.corpus.UnreadableFileException e) {
                failed.add(FileOutcome.failed(p, e));
            }
        }
        assertEquals(3, failed.size());
        ImportSummary s = new ImportSummary(failed, false, List.of(), List.of(), 3, null);
        String chinese = ImportSummaryText.failures(s, zh);
        assertTrue(chinese.contains("空.txt: 空文件（0 字节）"), chinese);
        assertTrue(chinese.contains("page.html: 网页中没有正文"), chinese);
        assertTrue(chinese.contains("gone.pdf: 找不到文件"), chinese);
        assertFalse(chinese.matches("(?s).*\\b(file|found|empty|text)\\b.*"), chinese);
        assertTrue(ImportSummaryText.failures(s, en).contains("空.txt: empty file (0 bytes)"));
    }

    @Test
    void aFullDiskSaysHowManyDocumentsWereImportedAndHowManyNot() {
        List<FileOutcome> kept = List.of(
                new FileOutcome(Path.of("/r/a.txt"), FileOutcome.Status.IMPORTED, 1L, null),
                new FileOutcome(Path.of("/r/b.txt"), FileOutcome.Status.IMPORTED, 2L, null));
        ImportSummary s = new ImportSummary(kept, false, List.of(), List.of(), 10, StorageFailure.fullDisk());
        assertTrue(ImportSummaryText.isError(s));
        assertEquals("The disk is full: 2 documents imported, 8 not. The documents imported are kept; free some "
                + "space, then import the same files again to add the rest.", ImportSummaryText.headline(s, en));
        assertTrue(ImportSummaryText.headline(s, zh).startsWith("磁盘已满：已导入 2 个，8 个未导入。"),
                ImportSummaryText.headline(s, zh));

        ImportSummary io = new ImportSummary(kept, false, List.of(), List.of(), 10,
                new StorageFailure(false, "Input/output error"));
        assertTrue(ImportSummaryText.headline(io, en).startsWith(
                "The store could not be written (Input/output error): 2 documents imported, 8 not."),
                ImportSummaryText.headline(io, en));
    }

    @Test
    void fileNamesAndLinksAreShownEscaped() {
        ImportSummary s = new ImportSummary(
                List.of(FileOutcome.failed(Path.of("/r/evil\u202Etxt.exe.txt"), "empty file (0 bytes)")), false,
                List.of(Path.of("/r/notes\n.xls")),
                List.of(new ImportFiles.SkippedLink(Path.of("/r/passwd.txt"), Path.of("/etc/passwd")),
                        new ImportFiles.SkippedLink(Path.of("/r/loop\u200F.txt"), null)),
                4, null);
        assertFalse(ImportSummaryText.isError(s));
        assertEquals("Imported 0, duplicates 0, failed 1. Skipped 1 files of types Zhibiao does not read. "
                + "Skipped 2 links that lead out of the folder.", ImportSummaryText.headline(s, en));
        String details = ImportSummaryText.failures(s, en);
        assertTrue(details.contains("evil\\u202Etxt.exe.txt: empty file (0 bytes)\n"), details);
        assertTrue(details.contains("notes\\n.xls\n"), details);
        assertTrue(details.contains("passwd.txt: a link to /etc/passwd, outside the folder\n"), details);
        assertTrue(details.contains("loop\\u200F.txt: a link that leads nowhere"), details);
        assertFalse(details.contains("\u202E") || details.contains("\u200F") || details.contains("notes\n"), details);
    }
}
