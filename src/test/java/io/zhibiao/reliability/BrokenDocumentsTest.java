package io.zhibiao.reliability;

import io.zhibiao.core.importer.ImportSummary;
import io.zhibiao.core.store.Store;
import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Encrypted, cut-off and hostile PDF and Word files are named; good ones next to them still import. */
class BrokenDocumentsTest {
    private static final String TEXT = "GDP grew by 6.5% in 2023";

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("store/zhibiao"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void brokenPdfAndWordFilesAreNamedAndGoodOnesImport() throws Exception {
        Path goodPdf = BadFiles.pdf(dir.resolve("good.pdf"), TEXT, null, true);
        Path goodDocx = BadFiles.docx(dir.resolve("good.docx"), "咸宁市2023年地区生产总值增长6.5%。");
        Path encrypted = BadFiles.pdf(dir.resolve("encrypted.pdf"), TEXT, "user-secret", true);
        Path noCopy = BadFiles.pdf(dir.resolve("no-copy.pdf"), TEXT, "", false);
        Path cutPdf = BadFiles.truncated(goodPdf, dir.resolve("cut.pdf"), 0.5);
        Path headerOnly = Files.writeString(dir.resolve("header-only.pdf"), "%PDF-1.7\n%\u00e2\u00e3\n",
                StandardCharsets.ISO_8859_1);
        Path cutDocx = BadFiles.truncated(goodDocx, dir.resolve("cut.docx"), 0.5);
        Path noDocument = BadFiles.zipWithoutDocument(dir.resolve("no-document.docx"));
        Path bomb = BadFiles.zipBomb(goodDocx, dir.resolve("bomb.docx"), 300);
        Path textAsDocx = Files.writeString(dir.resolve("text.docx"), "这其实是一个文本文件");
        List<Path> files = new ArrayList<>(List.of(goodPdf, goodDocx, encrypted, noCopy, cutPdf, headerOnly,
                cutDocx, noDocument, bomb, textAsDocx));
        files.addAll(SampleReports.copyTo(dir.resolve("good")));

        ImportSummary s = SweepImport.run(store, files);

        SweepImport.assertImported(s, goodPdf);
        SweepImport.assertImported(s, goodDocx);
        for (Path sample : files.subList(files.size() - 3, files.size())) {
            SweepImport.assertImported(s, sample);
        }
        assertEquals("encrypted PDF (a password is needed to open it)", SweepImport.failed(s, encrypted).message());
        assertEquals("encrypted PDF that forbids copying its text", SweepImport.failed(s, noCopy).message());
        assertTrue(SweepImport.failed(s, cutPdf).message().startsWith("broken PDF"), SweepImport.failed(s, cutPdf).message());
        assertTrue(SweepImport.failed(s, headerOnly).message().startsWith("broken PDF"));
        assertEquals("broken .docx (not a complete zip archive: cut off, or not a Word file)",
                SweepImport.failed(s, cutDocx).message());
        assertEquals("broken .docx (not a complete zip archive: cut off, or not a Word file)",
                SweepImport.failed(s, textAsDocx).message());
        assertEquals("not a Word document: the zip has no word/document.xml",
                SweepImport.failed(s, noDocument).message());
        assertEquals("refused: the .docx would unpack to over 100 times its size (a zip bomb?)",
                SweepImport.failed(s, bomb).message());
        assertEquals(5, store.documents().listSummaries().size(), "only the good files are stored");
    }
}
