package io.zhibiao.cli;

import io.zhibiao.core.logging.AppLogging;
import io.zhibiao.core.logging.LogSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A command logs into the folder of the store it was given; asking for help logs nothing. */
class CommandLoggingTest {
    @TempDir
    Path tmp;

    @AfterEach
    void closeLogging() {
        AppLogging.current().ifPresent(LogSession::close);
    }

    @Test
    void aCommandLogsBesideTheStoreItWasGiven() throws Exception {
        Path db = tmp.resolve("elsewhere/zhibiao");
        assertEquals(0, ZhibiaoCommand.execute(new String[]{"list", "--db", db.toString()}));
        assertEquals(tmp.resolve("elsewhere/logs"), AppLogging.current().orElseThrow().folder());
        AppLogging.current().orElseThrow().close();
        String log = Files.readString(tmp.resolve("elsewhere/logs/zhibiao-0.log"));
        assertTrue(log.contains("Command: zhibiao list"), log);
        assertTrue(log.contains("Successfully applied"), "Flyway's lines of the new store:\n" + log);
    }

    @Test
    void helpLogsNothing() {
        // With a store given, so that a mistake here would log into the test's folder, not the user's.
        String db = tmp.resolve("store/zhibiao").toString();
        assertEquals(0, ZhibiaoCommand.execute(new String[]{"list", "--db", db, "--help"}));
        assertEquals(0, ZhibiaoCommand.execute(new String[]{"backup", "-h", "--db", db}));
        assertTrue(AppLogging.current().isEmpty());
        assertTrue(Files.notExists(tmp.resolve("store/logs")));
    }
}
