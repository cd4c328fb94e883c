package io.zhibiao.core.importer;

import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.Store;
import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A real import process killed with SIGKILL mid-way leaves only whole documents; the next run completes. */
class KilledImportTest {
    @TempDir
    Path tmp;

    @Test
    void killedImportLeavesWholeDocumentsAndTheNextImportCompletesWithoutDuplicates() throws Exception {
        List<Path> files = SampleReports.variants(tmp.resolve("reports"), 400);
        Path db = tmp.resolve("store/zhibiao");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.zhibiao.Launcher",
                "import", tmp.resolve("reports").toString(), "--db", db.toString(), "--threads", "2")
                .redirectErrorStream(true).start();
        int seen = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && seen < 25) {
                if (line.contains(": imported")) {
                    seen++;
                }
            }
        }
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(25, seen, "the import should have been killed mid-way");

        try (Store store = Store.open(db)) {
            List<DocumentSummary> docs = store.documents().listSummaries();
            // Documents reach the file within half a second of their commit, so the last few reported
            // before the kill may be missing; what is there must be whole.
            assertTrue(docs.size() < files.size(), "documents after kill: " + docs.size());
            assertEquals(List.of(), store.documents().findIncomplete(), "documents with missing rows or text");
            for (DocumentSummary d : docs) {
                assertEquals(d.storedIndicatorCount(), d.indicatorCount(), "document " + d.id() + " is whole");
                assertTrue(d.indicatorCount() > 0, "document " + d.id() + " has its indicators");
            }
            ImportSummary rest = ImportService.withBundledData(store)
                    .importPaths(List.of(tmp.resolve("reports")), ImportListener.NONE, () -> false);
            assertEquals(0, rest.failed());
            assertEquals(files.size(), rest.imported() + rest.duplicates());
            assertEquals(docs.size(), rest.duplicates());
            assertEquals(files.size(), store.documents().listSummaries().size());
        }
    }
}
