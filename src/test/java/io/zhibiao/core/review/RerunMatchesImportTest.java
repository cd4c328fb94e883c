package io.zhibiao.core.review;

import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.Store;
import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A re-run with the engine and catalog that imported a report finds what the import found: re-extraction, a
 * lesson's preview and the pane's re-run change only what a new catalog or engine reads otherwise, never rows
 * that nothing touched (a re-run once read without the report's own region and took its province for another
 * place).
 */
class RerunMatchesImportTest {
    @TempDir
    Path tmp;

    @Test
    void reRunningEveryReportWithTheEngineThatImportedItChangesNoRow() throws IOException {
        try (Store store = Store.open(tmp.resolve("zhibiao"))) {
            ImportService.withStoreCatalog(store).importPaths(SampleReports.copyTo(tmp.resolve("reports")),
                    ImportListener.NONE, () -> false);
            ReviewService review = new ReviewService(store, "li.na");
            List<DocumentSummary> documents = store.documents().listSummaries();
            assertFalse(documents.isEmpty());
            List<String> changed = new ArrayList<>();
            for (DocumentSummary d : documents) {
                RerunReport r = review.rerunExtraction(d.id());
                if (r.added() + r.changed() + r.removed() > 0) {
                    changed.add(d.fileName() + ": " + r.summary());
                }
            }
            assertEquals(List.of(), changed);
        }
    }
}
