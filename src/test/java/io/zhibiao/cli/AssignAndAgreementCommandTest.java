package io.zhibiao.cli;

import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.team.SecondReview;
import io.zhibiao.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssignAndAgreementCommandTest {
    @TempDir
    Path tmp;

    private String db() {
        return tmp.resolve("store/zhibiao").toString();
    }

    @Test
    void assignPrintsTheCountsPerAnalystAndAgreementPrintsEachDocumentAndTheWhole() {
        CliRunner.run("import", SampleReports.DIR.toString(), "--db", db());
        CliRunner.Result none = CliRunner.run("agreement", "--db", db());
        assertEquals(0, none.exitCode(), none.err());
        assertTrue(none.out().contains("No document is marked for second review."), none.out());

        CliRunner.Result assigned = CliRunner.run("assign", "--to", "li.na", "1", "2", "--db", db());
        assertEquals(0, assigned.exitCode(), assigned.err());
        assertTrue(assigned.out().contains("2 documents assigned to li.na."), assigned.out());
        CliRunner.run("assign", "--to", "wang.qiang", "3", "--db", db());
        CliRunner.Result moved = CliRunner.run("assign", "--to", "wang.qiang", "2", "--db", db());
        assertTrue(moved.out().contains("  li.na: 1 document") && moved.out().contains("  wang.qiang: 2 documents"),
                moved.out());
        CliRunner.Result unknown = CliRunner.run("assign", "--to", "li.na", "999", "--db", db());
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains("Document 999 does not exist. Nothing was assigned."), unknown.err());

        try (Store s = Store.open(Path.of(db()))) {
            List<StoredIndicator> rows = s.indicators().findByDocument(1);
            new ReviewService(s, "li.na").verifyAll(List.of(rows.get(0).id(), rows.get(1).id()));
            new SecondReview(s, "zhao.lei", Clock.systemUTC()).mark(List.of(1L), "zhao.lei");
            SecondReview second = new SecondReview(s, "zhao.lei", Clock.systemUTC());
            second.verify(1, rows.get(0).id());
            second.reject(1, rows.get(1).id());
        }
        CliRunner.Result r = CliRunner.run("agreement", "--db", db());
        assertEquals(0, r.exitCode(), r.err());
        // two rows both judged, one verdict the same: 50 %; the first verified both, so p_e = 1 * 1/2 and kappa 0
        assertTrue(r.out().lines().anyMatch(l -> l.matches("1\\s+2\\s+50\\.0\\s+0\\.000\\s+1\\s+100\\.0\\s+-\\s+1")),
                r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("overall ") && l.contains("50.0")), r.out());
    }
}
