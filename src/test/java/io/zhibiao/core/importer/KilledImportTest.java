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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real import process killed with SIGKILL after its k-th "imported" line (k random, its seed in the
 * failure message) holds every document it printed as imported, and only whole documents; the next run
 * completes the rest without duplicates. Before documents were synced ahead of their line, the last
 * dozens printed before a kill were missing.
 */
class KilledImportTest {
    private static final Pattern IMPORTED = Pattern.compile("^(.*): imported, document (\\d+)$");

    @TempDir
    Path tmp;

    @Test
    void everyDocumentPrintedAsImportedBeforeTheKillIsInTheStore() throws Exception {
        long seed = System.nanoTime();
        int k = 1 + new Random(seed).nextInt(60);
        String run = "killed after line " + k + " (seed " + seed + ")";
        List<Path> files = SampleReports.variants(tmp.resolve("reports"), 300);
        Path db = tmp.resolve("store/zhibiao");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.zhibiao.Launcher",
                "import", tmp.resolve("reports").toString(), "--db", db.toString(), "--threads", "2")
                .redirectErrorStream(true).start();
        Map<Long, String> claimed = new LinkedHashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (claimed.size() < k && (line = out.readLine()) != null) {
                Matcher m = IMPORTED.matcher(line);
                if (m.matches()) {
                    claimed.put(Long.parseLong(m.group(2)), Path.of(m.group(1)).getFileName().toString());
                }
            }
            // killed the moment the k-th line is read, while the import goes on writing
            p.destroyForcibly();
        }
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(k, claimed.size(), "the import should have been killed mid-way; " + run);

        try (Store store = Store.open(db)) {
            for (Map.Entry<Long, String> c : claimed.entrySet()) {
                DocumentSummary kept = store.documents().findById(c.getKey()).orElseThrow(() -> new AssertionError(
                        c.getValue() + " was printed as imported (document " + c.getKey() + ") and is missing; " + run));
                assertEquals(c.getValue(), kept.fileName(), run);
            }
            List<DocumentSummary> docs = store.documents().listSummaries();
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
