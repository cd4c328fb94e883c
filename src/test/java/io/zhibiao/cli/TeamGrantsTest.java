package io.zhibiao.cli;

import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreAddress;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.testing.NeedsTeamServer;
import io.zhibiao.testing.SampleReports;
import io.zhibiao.testing.TeamServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's grants are all an analyst's role needs: a role made with exactly the statements the README
 * lists (read from it) imports, reviews, tags, corrects, deletes and restores, empties the trash and exports,
 * and its changes are recorded under its name; it is no superuser and may not create a table.
 */
@ExtendWith(NeedsTeamServer.class)
class TeamGrantsTest {
    @TempDir
    Path dir;

    @Test
    void aRoleWithTheReadmesGrantsDoesAnAnalystsWork() throws IOException {
        String url = TeamServer.newDatabase();
        String database = url.replaceAll(".*/([^/?]+)(\\?.*)?$", "$1");
        String role = "zhibiao_analyst_" + UUID.randomUUID().toString().substring(0, 8);
        String asRole = url.replaceAll("\\?.*", "") + "?user=" + role;
        System.setProperty(StoreAddress.TEAM_FOLDER_PROPERTY, dir.toString());
        try {
            // the owner's first start creates the tables
            assertEquals(0, CliRunner.run("list", "--db", url).exitCode());
            for (String statement : readmeGrants(database, role)) {
                TeamServer.run(url, statement);
            }

            CliRunner.Result imported = CliRunner.run("import", SampleReports.DIR.toString(), "--db", asRole);
            assertEquals(0, imported.exitCode(), imported.err());
            try (Store s = Store.open(StoreAddress.parse(asRole))) {
                ReviewService review = new ReviewService(s, s.analyst("settings name"));
                List<DocumentSummary> docs = s.documents().listSummaries();
                assertEquals(3, docs.size());
                List<StoredIndicator> rows = s.indicators().findByDocument(docs.get(0).id());
                assertTrue(review.verify(rows.get(0).id()));
                assertTrue(review.reject(rows.get(1).id()));
                assertTrue(review.setNote(rows.get(0).id(), "核对"));
                assertEquals(1, review.tag(List.of(rows.get(0).id()), "重点", "#d9534f"));
                assertTrue(review.addIndicator(docs.get(0).id(), rows.get(2).value()) > 0);
                assertTrue(review.overrideYear(docs.get(1).id(), 2022));
                assertEquals(1, review.deleteDocuments(List.of(docs.get(2).id())));
                assertEquals(1, review.restoreDocuments(List.of(docs.get(2).id())));
                assertEquals(1, review.deleteDocuments(List.of(docs.get(2).id())));
                assertEquals(1, review.emptyTrash().size());
                List<AuditEvent> history = review.historyOf(rows.get(0).id());
                assertFalse(history.isEmpty());
                assertTrue(history.stream().allMatch(e -> e.analyst().equals(role)), history.toString());
            }
            Path work = dir.resolve("work.json");
            CliRunner.Result exported = CliRunner.run("work", "export", "--out", work.toString(), "--db", asRole);
            assertEquals(0, exported.exitCode(), exported.err());
            assertTrue(Files.readString(work).contains("\"exportedBy\" : \"" + role + "\""));

            try (Connection c = DriverManager.getConnection(asRole); Statement st = c.createStatement()) {
                SQLException refused = assertThrows(SQLException.class,
                        () -> st.execute("CREATE TABLE stranger (id INTEGER)"));
                assertEquals("42501", refused.getSQLState(), refused.getMessage());
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
        } finally {
            TeamServer.drop(url);
            TeamServer.run(TeamServer.url().orElseThrow(), "DROP ROLE IF EXISTS " + role);
        }
    }

    /** The statements of the README's heredoc, for this test's database and role. */
    private static List<String> readmeGrants(String database, String role) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("psql -h HOST -d zhibiao <<'SQL'");
        assertTrue(start > 0, "the README lists the grants after psql -h HOST -d zhibiao <<'SQL'");
        List<String> statements = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.equals("SQL")) {
                break;
            }
            statements.add(line.replaceAll(";$", "").replaceAll("\\banalyst\\b", role)
                    .replaceAll("DATABASE zhibiao\\b", "DATABASE " + database)
                    .replace("'a password of their own'", "'Pw-" + UUID.randomUUID() + "'"));
        }
        assertTrue(statements.size() >= 5 && statements.get(0).startsWith("CREATE ROLE"), statements.toString());
        return statements;
    }
}
