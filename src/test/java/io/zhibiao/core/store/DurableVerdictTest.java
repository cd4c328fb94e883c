package io.zhibiao.core.store;

import io.zhibiao.core.pipeline.ReportPipeline;
import io.zhibiao.core.review.Reextraction;
import io.zhibiao.core.review.ReextractionListener;
import io.zhibiao.core.review.ReextractionSummary;
import io.zhibiao.core.review.ReviewService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static io.zhibiao.core.store.StoreFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A verdict is on the disk, not only in the operating system's cache, when the review service returns
 * (and so before the UI shows it): H2 received one {@code CHECKPOINT SYNC}, the checkpoint that forces the
 * file, per review action. A power cut cannot be simulated here; what it would lose without the sync can.
 */
class DurableVerdictTest {
    @TempDir
    Path dir;

    @Test
    void everyReviewActionEndsWithTheFileForcedToDisk() throws SQLException {
        try (Store store = Store.open(dir.resolve("zhibiao"));
             Connection spy = StoreFile.connect(store.location())) {
            long doc = store.documents().insertDocument(document("/r/a.txt", TEXT),
                    List.of(unemploymentRange(), gdpTarget()));
            List<StoredIndicator> rows = store.indicators().findByDocument(doc);
            ReviewService review = new ReviewService(store, "张敏");
            try (Statement st = spy.createStatement()) {
                st.execute("SET QUERY_STATISTICS TRUE");
            }

            review.verify(rows.get(0).id());
            review.reject(rows.get(1).id());
            review.setNote(rows.get(0).id(), "与统计公报核对");

            assertEquals(3, forcedCheckpoints(spy), "one forced checkpoint per verdict");
        }
    }

    /**
     * A re-extraction forces the file once, when it returns, not once per document: each forced checkpoint
     * holds H2's database lock, which the workbench's reads wait for (README, Benchmarks).
     */
    @Test
    void aReextractionForcesTheFileToDiskOnceWhenItEnds() throws SQLException {
        try (Store store = Store.open(dir.resolve("zhibiao"));
             Connection spy = StoreFile.connect(store.location())) {
            for (String name : List.of("a", "b", "c", "d")) {
                store.documents().insertDocument(document("/r/" + name + ".txt", TEXT + "\n" + name),
                        List.of(unemploymentRange(), gdpTarget()));
            }
            ReviewService review = new ReviewService(store, "张敏");
            Reextraction reextraction = new Reextraction(store, review, ReportPipeline.withBundledData(),
                    "engine test, catalog test", 2);
            try (Statement st = spy.createStatement()) {
                st.execute("SET QUERY_STATISTICS TRUE");
            }

            ReextractionSummary summary = reextraction.run(reextraction.all(), ReextractionListener.NONE, () -> false);

            assertEquals(4, summary.reports().size(), summary.summary());
            assertEquals(1, forcedCheckpoints(spy), "one forced checkpoint for the whole run");
            assertEquals(List.of(), reextraction.behind(), "every document is stamped, in the same commits");
        }
    }

    private static int forcedCheckpoints(Connection spy) throws SQLException {
        try (PreparedStatement st = spy.prepareStatement("SELECT SUM(EXECUTION_COUNT) FROM "
                + "INFORMATION_SCHEMA.QUERY_STATISTICS WHERE SQL_STATEMENT = ?")) {
            st.setString(1, "CHECKPOINT SYNC");
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
