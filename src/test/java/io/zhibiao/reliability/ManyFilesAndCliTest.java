package io.zhibiao.reliability;

import io.zhibiao.core.importer.ImportSummary;
import io.zhibiao.core.store.Store;
import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 10,000 tiny files in one import, and what the command line prints for bad files. */
class ManyFilesAndCliTest {
    @TempDir
    Path dir;

    @Test
    void tenThousandTinyFilesInOneImportAreEachAccountedFor() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("tiny"));
        Random random = new Random(10_000);
        int empty = 0;
        for (int i = 0; i < 10_000; i++) {
            // every 50th file is blank: it must be named, not lost among the others
            String text = i % 50 == 0 ? " \n" : "第" + i + "号：地区生产总值增长" + random.nextInt(10) + "%。";
            empty += i % 50 == 0 ? 1 : 0;
            Files.writeString(folder.resolve(String.format("tiny-%05d.txt", i)), text, StandardCharsets.UTF_8);
        }
        try (Store store = Store.open(dir.resolve("store/zhibiao"))) {
            ImportSummary s = SweepImport.run(store, List.of(folder));
            assertEquals(10_000, s.outcomes().size());
            assertEquals(empty, s.failed());
            assertEquals(10_000 - empty, s.imported() + s.duplicates());
            assertEquals(s.imported(), store.documents().listSummaries().size());
        }
    }

    @Test
    void commandLineImportOfBadFilesExitsOneAndNamesEachFileWithoutAStackTrace() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("mixed"));
        SampleReports.copyTo(folder);
        byte[] noise = new byte[4096];
        new Random(1).nextBytes(noise);
        Files.write(folder.resolve("noise.pdf"), noise);
        Files.write(folder.resolve("noise.docx"), noise);
        Files.writeString(folder.resolve("blank.txt"), "   ");
        BadFiles.zipWithoutDocument(folder.resolve("other.docx"));

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.zhibiao.Launcher",
                "import", folder.toString(), "--db", dir.resolve("store/zhibiao").toString())
                .redirectError(dir.resolve("err.txt").toFile()).redirectOutput(dir.resolve("out.txt").toFile())
                .start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the import finishes");
        String out = Files.readString(dir.resolve("out.txt"));
        String err = Files.readString(dir.resolve("err.txt"));
        assertEquals(1, p.exitValue(), out + err);
        assertTrue(out.contains("Imported 3, duplicates 0, failed 4."), out);
        for (String bad : List.of("noise.pdf: broken PDF", "noise.docx: broken .docx", "blank.txt: empty file",
                "other.docx: not a Word document")) {
            assertTrue(err.contains(bad), "stderr names " + bad + ":\n" + err);
        }
        assertFalse((out + err).contains("\tat "), "no stack trace:\n" + err);
        assertFalse((out + err).contains("Exception"), "no Java exception names:\n" + err);
    }
}
