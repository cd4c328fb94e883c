package io.zhibiao.core.review;

import io.zhibiao.core.catalog.StoreCatalog;
import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.Store;
import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the analyst sees of a re-extraction is per document, whatever runs ahead on the workers: a document
 * that cannot be re-extracted is named with its reason and the others are merged, and progress counts every
 * document once, in the order asked.
 */
class ReextractionProgressTest {
    private static final long MISSING = 31337;

    @TempDir
    Path tmp;

    @Test
    void aDocumentThatCannotBeReextractedFailsAloneAndProgressCountsEachDocumentOnce() throws Exception {
        try (Store store = Store.open(tmp.resolve("zhibiao"))) {
            ImportService.withStoreCatalog(store).importPaths(SampleReports.copyTo(tmp.resolve("reports")),
                    ImportListener.NONE, () -> false);
            List<Long> docs = store.documents().listSummaries().stream().map(DocumentSummary::id).sorted().toList();
            StoreCatalog.of(store).alias("GDP", "全域经济总量");
            Reextraction reextraction = Reextraction.withStoreCatalog(store, new ReviewService(store, "li.na"));
            List<Long> ids = new ArrayList<>(docs);
            ids.add(1, MISSING);
            List<String> heard = new ArrayList<>();

            ReextractionSummary summary = reextraction.run(ids, new ReextractionListener() {
                @Override
                public void merged(int done, int total, RerunReport report) {
                    heard.add(done + "/" + total + " merged " + report.documentId());
                }

                @Override
                public void failed(int done, int total, long documentId, String reason) {
                    heard.add(done + "/" + total + " failed " + documentId);
                }
            }, () -> false);

            assertEquals(List.of(new ReextractionSummary.Failure(MISSING, "Document " + MISSING + " does not exist.")),
                    summary.failures());
            assertEquals(docs, summary.reports().stream().map(RerunReport::documentId).toList());
            assertEquals(List.of("1/4 merged " + docs.get(0), "2/4 failed " + MISSING, "3/4 merged " + docs.get(1),
                    "4/4 merged " + docs.get(2)), heard, "each document is told once, in the order asked");
            assertTrue(reextraction.behind().isEmpty(), "every stored document carries the new catalog's stamp");
            assertTrue(summary.summary().startsWith("3 of 4 documents re-extracted, 1 failed"), summary.summary());
        }
    }
}
