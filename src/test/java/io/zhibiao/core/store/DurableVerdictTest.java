package io.zhibiao.core.store;

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

            try (PreparedStatement st = spy.prepareStatement("SELECT SUM(EXECUTION_COUNT) FROM "
                    + "INFORMATION_SCHEMA.QUERY_STATISTICS WHERE SQL_STATEMENT = ?")) {
                st.setString(1, "CHECKPOINT SYNC");
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    assertEquals(3, rs.getInt(1), "one forced checkpoint per verdict");
                }
            }
        }
    }
}
