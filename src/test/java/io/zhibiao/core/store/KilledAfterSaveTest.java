package io.zhibiao.core.store;

import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A change committed in a transaction survives SIGKILL right after it was reported as saved. */
class KilledAfterSaveTest {
    @TempDir
    Path tmp;

    /** Child process: verifies every indicator of the first document, one transaction each, printing "saved N". */
    public static void main(String[] args) throws Exception {
        try (Store store = Store.open(Path.of(args[0]))) {
            long doc = store.documents().listSummaries().get(0).id();
            for (StoredIndicator i : store.indicators().findByDocument(doc)) {
                store.runInTransaction(tx -> tx.indicators().updateStatus(i.id(), ReviewStatus.VERIFIED, "test",
                        Instant.now()));
                System.out.println("saved " + i.id());
                System.out.flush();
            }
            Thread.sleep(60_000);
        }
    }

    @Test
    void everyChangeReportedAsSavedIsThereAfterAKill() throws Exception {
        Path db = tmp.resolve("store/zhibiao");
        try (Store store = Store.open(db)) {
            ImportService.withBundledData(store).importPaths(
                    List.of(SampleReports.path(SampleReports.HONGHU_2024)), ImportListener.NONE, () -> false);
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledAfterSaveTest.class.getName(), db.toString())
                .redirectErrorStream(true).start();
        int saved = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (saved < 5 && (line = out.readLine()) != null) {
                if (line.startsWith("saved ")) {
                    saved++;
                }
            }
            p.destroyForcibly();
        }
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(5, saved);
        try (Store store = Store.open(db)) {
            long verified = store.indicators().findByDocument(store.documents().listSummaries().get(0).id()).stream()
                    .filter(i -> i.status() == ReviewStatus.VERIFIED).count();
            assertTrue(verified >= 5, "verified after kill: " + verified);
        }
    }
}
