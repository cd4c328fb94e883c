package io.zhibiao.core.review;

import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.StoreFile;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The warm-up the workbench runs when it opens a store must leave no trace: the database holds exactly what it
 * held (every row, identity counter and audit event, as H2's own SCRIPT shows it), the database ran no write,
 * and the session has nothing to undo and told no listener. The analyst's verdict afterwards works as always.
 */
class ReviewWarmUpTest extends ReviewTestBase {
    @Test
    void theWarmUpParsesTheReviewStatementsAndChangesNothing() throws SQLException {
        List<ReviewChange> told = new ArrayList<>();
        f.service.addListener(told::add);
        try (Connection spy = StoreFile.connect(f.store.location())) {
            String before = script(spy);
            watchStatements(spy);

            int parsed = ReviewWarmUp.run(f.store);

            assertTrue(parsed >= 10, "the verdict's statements were parsed: " + parsed);
            List<String> executed = executedStatements(spy);
            for (String sql : executed) {
                assertFalse(sql.strip().matches("(?is)(UPDATE|INSERT|DELETE|MERGE|CHECKPOINT)\\b.*"),
                        "the warm-up ran a write: " + sql);
            }
            assertEquals(before, script(spy), "the store's contents changed");
        }
        assertEquals(ReviewStatus.UNREVIEWED, f.row(f.gdp).status());
        assertEquals(0, f.reviewedCount());
        assertTrue(f.service.historyOfDocument(f.documentId).isEmpty(), "no audit entry");
        assertFalse(f.service.history().canUndo(), "nothing to undo");
        assertTrue(told.isEmpty(), "no listener told");

        assertTrue(f.service.verify(f.gdp));
        assertEquals(ReviewStatus.VERIFIED, f.row(f.gdp).status());
        assertEquals(1, f.reviewedCount());
        assertEquals(1, f.service.historyOf(f.gdp).size());
        assertTrue(f.service.history().canUndo());
        assertEquals(1, told.size());
    }

    /** Everything the database holds, tables, identity counters and rows, as H2 writes it out. */
    private static String script(Connection c) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
            while (rs.next()) {
                out.append(rs.getString(1)).append('\n');
            }
        }
        return out.toString();
    }

    private static void watchStatements(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SET QUERY_STATISTICS_MAX_ENTRIES 10000");
            st.execute("SET QUERY_STATISTICS TRUE");
        }
    }

    private static List<String> executedStatements(Connection c) throws SQLException {
        List<String> sql = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT SQL_STATEMENT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
            while (rs.next()) {
                sql.add(rs.getString(1));
            }
        }
        return sql;
    }
}
