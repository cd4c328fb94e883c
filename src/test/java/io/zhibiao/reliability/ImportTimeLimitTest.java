package io.zhibiao.reliability;

import io.zhibiao.core.corpus.ReportFileReader;
import io.zhibiao.core.importer.FileOutcome;
import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.importer.ImportSummary;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.Store;
import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A file over the time limit is skipped and named; the import goes on without waiting for it and never
 * stores it later. The slow files are slow by construction (their reading blocks until the test lets it
 * go, deaf to interrupts like a long extraction), so the test means the same on a fast and a slow machine.
 */
class ImportTimeLimitTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void fileOverTheTimeLimitIsSkippedNamedAndNeverStored() throws Exception {
        List<Path> slow = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            slow.add(Files.writeString(dir.resolve("slow-" + i + ".txt"), SampleReports.text(SampleReports.XIANNING_2023) + i));
        }
        List<Path> files = new ArrayList<>(slow);
        files.addAll(SampleReports.copyTo(dir.resolve("good")));

        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger slowFinished = new AtomicInteger();
        ReportFileReader reader = new ReportFileReader();
        try (Store store = Store.open(dir.resolve("store/zhibiao"))) {
            ImportSummary s;
            try {
                s = ImportService.withBundledData(store).withThreads(2).withTimeLimit(Duration.ofMillis(300))
                        .withReading(file -> {
                            if (!slow.contains(file)) {
                                return reader.read(file);
                            }
                            awaitIgnoringInterrupts(release);
                            try {
                                return reader.read(file);
                            } finally {
                                slowFinished.incrementAndGet();
                            }
                        })
                        .importPaths(files, ImportListener.NONE, () -> false);
            } finally {
                // the import returned while the slow files were still blocked: it did not wait for them
                release.countDown();
            }

            for (Path f : slow) {
                FileOutcome o = SweepImport.failed(s, f);
                assertEquals("took longer than 0.3 s to read and was skipped", o.message());
            }
            for (Path good : files.subList(3, 6)) {
                SweepImport.assertImported(s, good);
            }

            waitUntil(() -> slowFinished.get() == slow.size());
            // the abandoned workers have read their files by now; give them the moment to try to store
            waitUntil(() -> Thread.getAllStackTraces().keySet().stream()
                    .noneMatch(t -> t.getName().equals("zhibiao-import") && t.getState() == Thread.State.RUNNABLE));
            List<String> stored = store.documents().listSummaries().stream().map(DocumentSummary::fileName).toList();
            assertEquals(3, stored.size(), "abandoned files are never stored: " + stored);
        }
    }

    /** Like CPU-bound extraction, which no interrupt stops: the worker runs on after its file was given up. */
    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException ignored) {
                // keep waiting
            }
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        while (!condition.getAsBoolean()) {
            Thread.sleep(20);
        }
    }
}
