package io.zhibiao.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --db jdbc:postgresql://host/db} used to make a folder named "jdbc:postgresql:" in the working folder
 * with a new, empty store in it, and the command went on as if the team's store had been opened.
 */
class DatabaseUrlRefusedTest {
    @Test
    void aDatabaseUrlIsRefusedInWordsAndCreatesNothing() {
        CliRunner.Result r = CliRunner.run("list", "--db", "jdbc:postgresql://localhost:5432/team");
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("is not the path of a store") && r.err().contains("database server"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(Path.of("jdbc:postgresql:")), "a folder named after the URL was created");
    }
}
