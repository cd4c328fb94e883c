package io.zhibiao.core.importer;

import io.zhibiao.core.corpus.ReportFileReader;
import io.zhibiao.core.store.Store;
import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportCancelServiceTest {
    @TempDir
    Path tmp;

    @Test
    void cancelStopsStartingFilesAndReportsTheOnesThatWereDone() throws Exception {
        List<Path> files = SampleReports.variants(tmp.resolve("many"), 60);
        try (Store store = Store.open(tmp.resolve("db/zhibiao"))) {
            // cancelled once five files were read: outcomes are reported only after their documents are
            // synced, so a count of reported outcomes would race the whole import on a fast machine
            ReportFileReader reader = new ReportFileReader();
            AtomicInteger read = new AtomicInteger();
            ImportSummary s = ImportService.withBundledData(store).withThreads(2).withReading(f -> {
                read.incrementAndGet();
                return reader.read(f);
            }).importPaths(List.of(tmp.resolve("many")), (n, total, o) -> { }, () -> read.get() >= 5);
            assertTrue(s.cancelled());
            assertTrue(s.outcomes().size() >= 5 && s.outcomes().size() < files.size(), "outcomes: " + s.outcomes().size());
            assertEquals(s.imported(), store.documents().listSummaries().size(), "every reported import is stored");
            assertEquals(0, s.failed());
        }
    }
}
