package io.zhibiao.ui;

import io.zhibiao.core.logging.AppLogging;
import io.zhibiao.core.logging.LogSession;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreAddress;
import io.zhibiao.testing.NeedsTeamServer;
import io.zhibiao.testing.TeamServer;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workbench started on a team store whose role needs a password that neither PGPASSWORD nor a pgpass file
 * gives: it asks in a dialog, asks again when the server refuses the password, opens the store with the right
 * one, and no file it writes (settings, logs) holds either password.
 */
@ExtendWith(NeedsTeamServer.class)
class TeamPasswordDialogTest {
    /** The role .ci/team-postgres.sh makes the server ask a password of (scram-sha-256 in pg_hba.conf). */
    private static final String ROLE = "zhibiao_login";
    private static final String PASSWORD = "right-Pw-4711";
    private static final String WRONG = "wrong-Pw-0815";

    @TempDir
    Path tmp;
    private WorkbenchRobot robot;
    private String url;

    @AfterEach
    void stop() throws Exception {
        if (robot != null) {
            robot.stop();
        }
        if (url != null) {
            TeamServer.drop(url);
        }
        System.clearProperty("org.postgresql.pgpassfile");
    }

    @Test
    void aPasswordTypedInTheDialogOpensTheStoreAndIsWrittenNowhere() throws Exception {
        Assumptions.assumeTrue(System.getenv("PGPASSWORD") == null, "PGPASSWORD is set: no dialog is needed");
        url = TeamServer.newDatabase();
        TeamServer.run(url, "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + ROLE
                + "') THEN CREATE ROLE " + ROLE + " LOGIN; END IF; END $$");
        TeamServer.run(url, "ALTER ROLE " + ROLE + " PASSWORD '" + PASSWORD + "'");
        System.setProperty(StoreAddress.TEAM_FOLDER_PROPERTY, tmp.resolve("owner").toString());
        try (Store owner = Store.open(StoreAddress.parse(url))) {
            io.zhibiao.core.importer.RegionTable.ensureLoaded(owner);
        }
        TeamServer.run(url, "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + ROLE);
        TeamServer.run(url, "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + ROLE);
        // no pgpass file: the driver finds no password anywhere
        System.setProperty("org.postgresql.pgpassfile", tmp.resolve("no-pgpass").toString());
        String asRole = url.replaceAll("\\?.*", "") + "?user=" + ROLE;
        System.setProperty(StoreAddress.TEAM_FOLDER_PROPERTY, tmp.resolve("workbench").toString());
        try (Store trusted = Store.open(StoreAddress.parse(asRole))) {
            Assumptions.assumeTrue(false, "the server lets " + ROLE + " in without a password (pg_hba.conf trusts "
                    + "it); .ci/team-postgres.sh asks scram-sha-256 of this role");
        } catch (io.zhibiao.core.store.TeamPasswordNeeded expected) {
            // as it should: a password is needed
        }

        robot = new WorkbenchRobot(asRole);
        robot.start(() -> robot.lookup("#team-password").tryQuery().isPresent());
        PasswordField field = robot.lookup("#team-password").query();
        robot.clickOn(field).write(WRONG);
        robot.clickOn("#team-password-ok");
        WorkbenchRobot.waitUntil(30, () -> robot.lookup("#team-password-note").tryQuery()
                .map(n -> ((Label) n).getText().contains("refused")).orElse(false));
        robot.clickOn("#team-password").write(PASSWORD);
        robot.clickOn("#team-password-ok");
        WorkbenchRobot.waitUntil(60, () -> robot.lookup(n -> n instanceof io.zhibiao.ui.main.MainWindow)
                .tryQuery().isPresent());
        // the store is open under the role: a change is recorded under its name
        WorkbenchRobot.waitUntil(30, () -> robot.window().corpus().documents() != null);

        AppLogging.current().ifPresent(LogSession::close);
        String written;
        try (Stream<Path> files = Files.walk(tmp.resolve("workbench"))) {
            written = files.filter(Files::isRegularFile).map(TeamPasswordDialogTest::read)
                    .collect(Collectors.joining("\n"));
        }
        assertTrue(written.contains("language=en"), "the settings were read from here: " + written);
        assertFalse(written.contains(PASSWORD) || written.contains(WRONG), written);
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
