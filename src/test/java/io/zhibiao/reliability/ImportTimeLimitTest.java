package io.zhibiao.reliability;

import io.zhibiao.core.importer.FileOutcome;
import io.zhibiao.core.importer.ImportSummary;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.Store;
import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file over the time limit is skipped and named; the import goes on and never stores it later. */
class ImportTimeLimitTest {
    @TempDir
    Path dir;

    @Test
    void fileOverTheTimeLimitIsSkippedNamedAndNeverStored() throws Exception {
        // Ten copies of a report on one line take about two seconds each: far over a 300 ms limit.
        String flat = SampleReports.text(SampleReports.XIANNING_2023).replaceAll("\\s+", "");
        List<Path> slow = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            slow.add(Files.writeString(dir.resolve("slow-" + i + ".txt"), (flat + i).repeat(150)));
        }
        List<Path> files = new ArrayList<>(slow);
        files.addAll(SampleReports.copyTo(dir.resolve("good")));
        try (Store store = Store.open(dir.resolve("store/zhibiao"))) {
            long started = System.nanoTime();
            ImportSummary s = SweepImport.run(store, files, Duration.ofMillis(300));
            long millis = (System.nanoTime() - started) / 1_000_000;

            for (Path f : slow) {
                FileOutcome o = SweepImport.failed(s, f);
                assertEquals("took longer than 0.3 s to read and was skipped", o.message());
            }
            for (Path good : files.subList(3, 6)) {
                SweepImport.assertImported(s, good);
            }
            assertTrue(millis < 20_000, "the import does not wait for the abandoned files: " + millis + " ms");

            waitForWorkers();
            List<String> stored = store.documents().listSummaries().stream().map(DocumentSummary::fileName).toList();
            assertEquals(3, stored.size(), "abandoned files are never stored: " + stored);
        }
    }

    /** Abandoned workers run on until their extraction ends; give them the time to, then look at the store. */
    private static void waitForWorkers() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until && Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("zhibiao-import") && t.isAlive()
                        && t.getState() == Thread.State.RUNNABLE)) {
            Thread.sleep(100);
        }
    }
}
