package io.zhibiao.cli;

import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code import} prints about files it cannot trust: a file name with a new line cannot forge a line of
 * output, a right-to-left mark cannot turn a name around, and a link out of the folder is named, not read.
 */
class ImportNamesAndLinksCommandTest {
    @TempDir
    Path tmp;

    @Test
    void fileNamesWithNewLinesTabsAndBidiMarksArePrintedEscaped() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("reports"));
        String text = SampleReports.text(SampleReports.HONGHU_2024);
        create(folder, "forged\nreport-00001.txt: imported, document 99.txt", text + "\n1");
        create(folder, "tab\there.txt", text + "\n2");
        create(folder, "evil\u202Etxt.exe.txt", text + "\n3");
        create(folder, "mark\u200Fand\u0007bell.txt", "");

        CliRunner.Result r = CliRunner.run("import", folder.toString(), "--db", tmp.resolve("store/zhibiao").toString());
        assertEquals(1, r.exitCode(), "the empty file failed: " + r.err());
        String all = r.out() + r.err();
        assertTrue(r.out().contains("forged\\nreport-00001.txt: imported, document 99.txt: imported, document "), r.out());
        assertTrue(r.out().contains("tab\\there.txt: imported"), r.out());
        assertTrue(r.out().contains("evil\\u202Etxt.exe.txt: imported"), r.out());
        assertTrue(r.err().contains("mark\\u200Fand\\u0007bell.txt: empty file"), r.err());
        assertFalse(all.contains("\u202E") || all.contains("\u200F") || all.contains("\t") || all.contains("\u0007"),
                "nothing raw: " + all);
        assertEquals(4, r.out().lines().count(), "three files and the summary, one line each: " + r.out());
    }

    @Test
    void aLinkOutOfTheFolderIsNamedWithItsTargetAndCounted() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("reports"));
        Files.copy(SampleReports.path(SampleReports.HONGHU_2024), folder.resolve("honghu.txt"));
        Path outside = Files.copy(SampleReports.path(SampleReports.XIANNING_2023), tmp.resolve("secret.txt"));
        try {
            Files.createSymbolicLink(folder.resolve("passwd.txt"), outside);
        } catch (UnsupportedOperationException | FileSystemException e) {
            Assumptions.abort("this file system cannot make symbolic links here: " + e);
        }

        CliRunner.Result r = CliRunner.run("import", folder.toString(), "--db", tmp.resolve("store/zhibiao").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains(folder.resolve("passwd.txt") + ": skipped, a link to " + outside.toRealPath()
                + ", outside the folder being imported"), r.err());
        assertTrue(r.out().contains("Imported 1, duplicates 0, failed 0, skipped 1 links leading out of the folder."),
                r.out());
    }

    private static void create(Path folder, String name, String text) throws IOException {
        try {
            Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
        } catch (InvalidPathException | FileSystemException e) {
            Assumptions.abort("this file system does not take the name " + name.replace("\n", "\\n") + ": " + e);
        }
    }
}
