package io.zhibiao.core.store;

import io.zhibiao.core.review.IndicatorField;
import io.zhibiao.core.review.ReviewService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static io.zhibiao.core.store.StoreFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statements parsed ahead of the first verdict ({@link ReviewStatements}) are the ones review actions
 * really run: every statement the database receives while an analyst verifies, rejects, corrects, notes,
 * tags, untags and deletes is in the list, so the list cannot drift from the DAOs' code.
 */
class ReviewStatementsTest {
    @TempDir
    Path dir;

    @Test
    void everyStatementOfAReviewActionIsParsedAhead() throws SQLException {
        try (Store store = Store.open(dir.resolve("zhibiao"));
             Connection spy = StoreFile.connect(store.location())) {
            long doc = store.documents().insertDocument(document("/r/a.txt", TEXT),
                    List.of(unemploymentRange(), gdpTarget()));
            List<StoredIndicator> rows = store.indicators().findByDocument(doc);
            ReviewService review = new ReviewService(store, "张敏");
            // the tag exists before the statistics start: creating one is no verdict
            long tag = review.tagNamed("核对", "#d9534f").id();
            try (Statement st = spy.createStatement()) {
                st.execute("SET QUERY_STATISTICS_MAX_ENTRIES 10000");
                st.execute("SET QUERY_STATISTICS TRUE");
            }

            review.verify(rows.get(0).id());
            review.reject(rows.get(1).id());
            review.markUnreviewed(rows.get(1).id());
            review.correct(rows.get(0).id(), IndicatorField.UNIT, "个百分点");
            review.setNote(rows.get(0).id(), "与统计公报核对");
            review.tag(List.of(rows.get(0).id()), "核对", null);
            review.untag(List.of(rows.get(0).id()), tag);
            review.delete(rows.get(1).id());

            Set<String> ran = new TreeSet<>();
            try (Statement st = spy.createStatement();
                 ResultSet rs = st.executeQuery("SELECT SQL_STATEMENT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
                while (rs.next()) {
                    ran.add(rs.getString(1));
                }
            }
            // the spy's own queries, and what the driver sends for every connection (the URL's settings, commit)
            ran.removeIf(sql -> sql.contains("INFORMATION_SCHEMA") || sql.startsWith("SET ") || sql.equals("COMMIT"));
            assertTrue(ran.contains(IndicatorDao.REVIEW_UPDATE) && ran.contains(AuditDao.INSERT),
                    "the statistics saw the review statements: " + ran);
            Set<String> notParsed = new TreeSet<>(ran);
            ReviewStatements.ALL.forEach(notParsed::remove);
            assertEquals(Set.of(), notParsed, "review statements the warm-up does not parse");
            assertEquals(ReviewStatements.ALL.size(), store.parseReviewStatements());
        }
    }
}
