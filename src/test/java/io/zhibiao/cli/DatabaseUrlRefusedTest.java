package io.zhibiao.cli;

import io.zhibiao.core.store.StoreAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --db jdbc:postgresql://host/db} used to make a folder named "jdbc:postgresql:" in the working folder
 * with a new, empty store in it, and the command went on as if the team's store had been opened. Now it opens
 * a team store; any other URL is refused in words, and neither makes such a folder.
 */
class DatabaseUrlRefusedTest {
    @TempDir
    Path dir;

    @AfterEach
    void forgetTeamFolder() {
        System.clearProperty(StoreAddress.TEAM_FOLDER_PROPERTY);
    }

    @Test
    void anotherDatabasesUrlIsRefusedInWordsAndCreatesNothing() {
        for (String url : new String[] {"jdbc:mysql://localhost:3306/team", "http://localhost/team"}) {
            CliRunner.Result r = CliRunner.run("list", "--db", url);
            assertEquals(1, r.exitCode());
            assertTrue(r.err().contains("is not the path of a store") && r.err().contains("database server"), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
        assertFalse(Files.exists(Path.of("jdbc:mysql:")), "a folder named after the URL was created");
        assertFalse(Files.exists(Path.of("http:")), "a folder named after the URL was created");
    }

    @Test
    void aTeamStoreWhoseServerIsDownSaysSoWithoutAStackTrace() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        System.setProperty(StoreAddress.TEAM_FOLDER_PROPERTY, dir.toString());
        CliRunner.Result r = CliRunner.run("list", "--db", "jdbc:postgresql://localhost:" + port + "/team");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("Could not reach the database server at localhost:" + port)
                && r.err().contains("Is PostgreSQL running there"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(Path.of("jdbc:postgresql:")), "a folder named after the URL was created");
    }
}
