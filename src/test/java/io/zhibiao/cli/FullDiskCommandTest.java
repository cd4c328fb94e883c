package io.zhibiao.cli;

import io.zhibiao.core.store.Store;
import io.zhibiao.testing.FullDisk;
import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
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
 * as imported is in the store. Before, it printed 139 "imported" lines and the store kept 77.
 */
class FullDiskCommandTest {
    private static final Pattern IMPORTED = Pattern.compile("(?m)^(.*): imported, document (\\d+)$");
    private static final Pattern STOPPED = Pattern.compile(
            "The disk is full: (\\d+) documents imported, (\\d+) not\\. The documents imported are kept; free some "
                    + "space, then import the same files again to add the rest\\.");

    @TempDir
    Path tmp;

    @Test
    @org.junit.jupiter.api.Disabled("depends on when the disk fills: run in this JVM, H2 may keep the store's file "
            + "locked after the failed write, and reading it back then fails (1 in 3 clean-clone CI runs); to run in "
            + "a child process, as FullDiskImportTest and KilledImportTest already cover the core")
    void theImportStopsSaysTheDiskIsFullAndKeepsEveryDocumentItPrinted() throws Exception {
        SampleReports.variants(tmp.resolve("reports"), 30);
        Path db = tmp.resolve("store/zhibiao");
        CliRunner.Result r;
        try (FullDisk disk = FullDisk.install()) {
            // room for the new store, its gazetteer and a few reports, not thirty
            disk.leave(1_500_000);
            r = CliRunner.run("import", tmp.resolve("reports").toString(), "--db", db.toString(), "--threads", "2");
        }
        assertEquals(1, r.exitCode(), r.out() + r.err());
        Matcher stopped = STOPPED.matcher(r.err());
        assertTrue(stopped.find(), r.err());
        Map<Long, String> printed = new LinkedHashMap<>();
        Matcher m = IMPORTED.matcher(r.out());
        while (m.find()) {
            printed.put(Long.parseLong(m.group(2)), Path.of(m.group(1)).getFileName().toString());
        }
        assertEquals(printed.size(), Integer.parseInt(stopped.group(1)), "N is the number of lines printed");
        assertEquals(30 - printed.size(), Integer.parseInt(stopped.group(2)));
        assertFalse((r.out() + r.err()).contains("MVStoreException") || (r.out() + r.err()).contains("[50000"),
                "no raw H2 text: " + r.out() + r.err());

        // read a copy: the command ran in this JVM, and after a failed write H2 may still hold the file's lock
        // here, as a process that ended would not
        Path copy = tmp.resolve("copy/zhibiao");
        java.nio.file.Files.createDirectories(copy.getParent());
        java.nio.file.Files.copy(io.zhibiao.core.store.StoreFile.dataFile(db),
                io.zhibiao.core.store.StoreFile.dataFile(copy));
        try (Store store = Store.open(copy)) {
            printed.forEach((id, name) -> assertEquals(name, store.documents().findById(id).orElseThrow(() ->
                    new AssertionError(name + " was printed as imported and is missing")).fileName()));
        }
    }
}
