package io.zhibiao.core.importer;

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
            AtomicInteger done = new AtomicInteger();
            ImportSummary s = ImportService.withBundledData(store).withThreads(2).importPaths(
                    List.of(tmp.resolve("many")), (n, total, o) -> done.set(n), () -> done.get() >= 5);
            assertTrue(s.cancelled());
            assertTrue(s.outcomes().size() >= 5 && s.outcomes().size() < files.size(), "outcomes: " + s.outcomes().size());
            assertEquals(s.imported(), store.documents().listSummaries().size(), "every reported import is stored");
            assertEquals(0, s.failed());
        }
    }
}
