package io.zhibiao.core.importer;

import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.Store;
import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A report file changed on disk imports as a new version; the review work on the old one stays. */
class NewVersionImportTest {
    @TempDir
    Path tmp;

    @Test
    void changedFileBecomesANewVersionAndTheReviewedOldOneIsKept() throws Exception {
        Path file = Files.copy(SampleReports.path(SampleReports.HONGHU_2024), tmp.resolve("report.txt"));
        try (Store store = Store.open(tmp.resolve("db/zhibiao"))) {
            ImportService importer = ImportService.withBundledData(store);
            ImportSummary first = importer.importPaths(List.of(file), ImportListener.NONE, () -> false);
            long oldId = first.outcomes().get(0).documentId();
            long verified = store.indicators().findByDocument(oldId).get(0).id();
            new ReviewService(store, "analyst").verify(verified);

            Files.writeString(file, Files.readString(file) + "\n力争新增市场主体5000户。\n", StandardCharsets.UTF_8);
            ImportSummary second = importer.importPaths(List.of(file), ImportListener.NONE, () -> false);

            FileOutcome outcome = second.outcomes().get(0);
            assertEquals(FileOutcome.Status.NEW_VERSION, outcome.status());
            DocumentSummary newer = store.documents().findById(outcome.documentId()).orElseThrow();
            assertEquals(oldId, newer.previousVersionId());
            assertEquals(2, store.documents().listSummaries().size());
            assertEquals(ReviewStatus.VERIFIED, store.indicators().findById(verified).orElseThrow().status());
        }
    }
}
