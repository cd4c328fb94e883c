package io.zhibiao.cli;

import io.zhibiao.core.logging.AppLogging;
import io.zhibiao.core.logging.LogSession;
import io.zhibiao.core.store.StoreAddress;
import io.zhibiao.testing.NeedsTeamServer;
import io.zhibiao.testing.SampleReports;
import io.zhibiao.testing.TeamServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Commands on a team store: a failed login or a missing database is said in words, and no password is kept. */
@ExtendWith(NeedsTeamServer.class)
class TeamStoreCommandTest {
    private static final String ROLE = "zhibiao_login";
    private static final String PASSWORD = "right-Pw-4711";

    @TempDir
    Path dir;

    @AfterEach
    void forget() {
        System.clearProperty("org.postgresql.pgpassfile");
    }

    @Test
    void importAndListOnATeamStoreAndBackupPointsToPgDump() {
        String url = TeamServer.newDatabase();
        try {
            System.setProperty(StoreAddress.TEAM_FOLDER_PROPERTY, dir.toString());
            CliRunner.Result imported = CliRunner.run("import", "--db", url, SampleReports.DIR.toString());
            assertEquals(0, imported.exitCode(), imported.err());
            CliRunner.Result listed = CliRunner.run("list", "--db", url);
            assertEquals(SampleReports.DIR.toFile().list().length + 1, listed.out().lines().count(), listed.out());
            CliRunner.Result again = CliRunner.run("import", "--db", url, SampleReports.DIR.toString());
            assertTrue(again.out().contains("Imported 0"), again.out());
            CliRunner.Result backup = CliRunner.run("backup", "--db", url);
            assertEquals(1, backup.exitCode());
            assertTrue(backup.err().contains("pg_dump"), backup.err());
        } finally {
            TeamServer.drop(url);
        }
    }

    @Test
    void aWrongPasswordIsSaidInWordsAndNeitherTheMessageNorTheLogHoldsIt() throws IOException {
        String url = TeamServer.newDatabase();
        try {
            TeamServer.run(url, "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + ROLE
                    + "') THEN CREATE ROLE " + ROLE + " LOGIN; END IF; END $$");
            TeamServer.run(url, "ALTER ROLE " + ROLE + " PASSWORD '" + PASSWORD + "'");
            String asRole = url.replaceAll("\\?.*", "") + "?user=" + ROLE;
            // the password comes from a pgpass file, as psql would take it
            Path pgpass = dir.resolve("pgpass");
            String wrong = "wrong-Pw-0815";
            Files.writeString(pgpass, "*:*:*:" + ROLE + ":" + wrong + "\n");
            System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
            System.setProperty(StoreAddress.TEAM_FOLDER_PROPERTY, dir.resolve("local").toString());

            CliRunner.Result r = CliRunner.run("list", "--db", asRole);
            org.junit.jupiter.api.Assumptions.assumeFalse(r.exitCode() == 0, "the server lets " + ROLE + " in "
                    + "without a password (pg_hba.conf trusts it); .ci/run asks scram-sha-256 of this role");
            assertEquals(1, r.exitCode());
            assertTrue(r.err().contains("refused the password of user " + ROLE), r.err());
            assertFalse(r.err().contains(wrong) || r.err().contains("Exception"), r.err());
            // once more as the launcher runs it, with the log file of the store it uses
            assertEquals(1, ZhibiaoCommand.execute(new String[] {"list", "--db", asRole}));
            AppLogging.current().ifPresent(LogSession::close);
            String logs;
            try (Stream<Path> files = Files.walk(dir.resolve("local"))) {
                logs = files.filter(Files::isRegularFile).map(TeamStoreCommandTest::read)
                        .collect(Collectors.joining("\n"));
            }
            assertTrue(logs.contains("Command: zhibiao list"), "the command was logged: " + logs);
            assertFalse(logs.contains(wrong) || logs.contains(PASSWORD), logs);

            // the owner creates the store; an analyst's role needs only the grants the README lists
            assertEquals(0, CliRunner.run("list", "--db", url).exitCode());
            TeamServer.run(url, "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + ROLE);
            TeamServer.run(url, "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + ROLE);
            Files.writeString(pgpass, "*:*:*:" + ROLE + ":" + PASSWORD + "\n");
            CliRunner.Result in = CliRunner.run("list", "--db", asRole);
            assertEquals(0, in.exitCode(), in.err());
        } finally {
            TeamServer.drop(url);
        }
    }

    @Test
    void anUnknownDatabaseIsSaidInWords() {
        String server = TeamServer.url().orElseThrow();
        String missing = server.replaceFirst("(//[^/]+/)[^?]*", "$1no_such_zhibiao_db");
        System.setProperty(StoreAddress.TEAM_FOLDER_PROPERTY, dir.toString());
        CliRunner.Result r = CliRunner.run("list", "--db", missing);
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("There is no database no_such_zhibiao_db on the server"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
