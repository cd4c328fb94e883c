package io.zhibiao.cli;

import io.zhibiao.core.store.Store;
import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code import} on a disk that fills up (simulated under H2's file layer): it stops with "The disk is full:
 * N documents imported, M not" in words, exits non-zero, prints no raw H2 text, and every document it printed
 * as imported is in the store. Before, it printed 139 "imported" lines and the store kept 77. The command
 * runs in a child JVM ({@link ImportOnANearlyFullDisk}), as a user runs it.
 */
class FullDiskCommandTest {
    private static final Pattern IMPORTED = Pattern.compile("(?m)^(.*): imported, document (\\d+)$");
    private static final Pattern STOPPED = Pattern.compile(
            "The disk is full: (\\d+) documents imported, (\\d+) not\\. The documents imported are kept; free some "
                    + "space, then import the same files again to add the rest\\.");

    @TempDir
    Path tmp;

    @Test
    void theImportStopsSaysTheDiskIsFullAndKeepsEveryDocumentItPrinted() throws Exception {
        SampleReports.variants(tmp.resolve("reports"), 30);
        Path db = tmp.resolve("store/zhibiao");
        // room for the new store, its gazetteer and a few reports, not thirty
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ImportOnANearlyFullDisk.class.getName(), "1500000",
                "import", tmp.resolve("reports").toString(), "--db", db.toString(), "--threads", "2")
                .redirectOutput(tmp.resolve("out.txt").toFile())
                .redirectError(tmp.resolve("err.txt").toFile())
                .start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the import should end on its own");
        String out = Files.readString(tmp.resolve("out.txt"));
        String err = Files.readString(tmp.resolve("err.txt"));
        assertEquals(1, p.exitValue(), out + err);
        Matcher stopped = STOPPED.matcher(err);
        assertTrue(stopped.find(), err);
        Map<Long, String> printed = new LinkedHashMap<>();
        Matcher m = IMPORTED.matcher(out);
        while (m.find()) {
            printed.put(Long.parseLong(m.group(2)), Path.of(m.group(1)).getFileName().toString());
        }
        assertEquals(printed.size(), Integer.parseInt(stopped.group(1)), "N is the number of lines printed");
        assertEquals(30 - printed.size(), Integer.parseInt(stopped.group(2)));
        assertFalse((out + err).contains("MVStoreException") || (out + err).contains("[50000"),
                "no raw H2 text: " + out + err);

        try (Store store = Store.open(db)) {
            printed.forEach((id, name) -> assertEquals(name, store.documents().findById(id).orElseThrow(() ->
                    new AssertionError(name + " was printed as imported and is missing")).fileName()));
            assertEquals(List.of(), store.documents().findIncomplete(), "documents with missing rows or text");
        }
    }
}
