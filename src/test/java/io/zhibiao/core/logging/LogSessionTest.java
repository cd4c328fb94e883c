package io.zhibiao.core.logging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogSessionTest {
    @TempDir
    Path dir;

    @Test
    void theFileRollsBySizeAndKeepsFiveFiles() throws IOException {
        Path folder = dir.resolve("logs");
        String padding = "x".repeat(1000);
        try (LogSession ignored = AppLogging.install(folder)) {
            Logger log = Logger.getLogger("io.zhibiao.test.rolling");
            // Six files' worth: the oldest lines must have been dropped, not kept in a sixth file.
            long lines = 6L * LogSession.FILE_LIMIT_BYTES / padding.length();
            for (long i = 0; i < lines; i++) {
                log.info("line " + i + " " + padding);
            }
        }
        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("zhibiao-0.log", "zhibiao-1.log", "zhibiao-2.log", "zhibiao-3.log", "zhibiao-4.log"),
                names, "the lock file is gone once the session is closed, and only five files are kept");
        for (String name : names) {
            long size = Files.size(folder.resolve(name));
            assertTrue(size <= LogSession.FILE_LIMIT_BYTES + 2 * padding.length(), name + ": " + size + " bytes");
        }
        String firstLine = Files.readAllLines(folder.resolve("zhibiao-0.log")).get(0);
        assertTrue(firstLine.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) INFO  "
                + "\\[[^]]+] io\\.zhibiao\\.test\\.rolling - line \\d+ x+"), firstLine);
        assertFalse(Files.readString(folder.resolve("zhibiao-4.log")).contains("line 0 "),
                "the first lines rolled out of the last file");
    }

    @Test
    void aSecondSessionAppendsToTheSameFile() throws IOException {
        Path folder = dir.resolve("logs");
        try (LogSession ignored = AppLogging.install(folder)) {
            Logger.getLogger("io.zhibiao.test").warning("first run");
        }
        try (LogSession ignored = AppLogging.install(folder)) {
            Logger.getLogger("io.zhibiao.test").warning("second run");
        }
        String log = Files.readString(folder.resolve("zhibiao-0.log"));
        assertTrue(log.contains("first run") && log.contains("second run"), log);
    }

    @Test
    void withoutAWritableFolderTheApplicationStillLogsToConsoleAndMemory() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "");
        try (LogSession session = AppLogging.install(notAFolder.resolve("logs"))) {
            assertFalse(session.writesFile());
            assertTrue(session.fileProblem().isPresent());
            Logger.getLogger("io.zhibiao.test").warning("still kept");
            assertTrue(session.recentLines(10).stream().anyMatch(l -> l.endsWith("io.zhibiao.test - still kept")),
                    String.join("\n", session.recentLines(10)));
        }
    }

    @Test
    void recentLinesHoldTheNewestLinesOfStackTracesToo() {
        try (LogSession session = AppLogging.install(dir.resolve("logs"))) {
            Logger log = Logger.getLogger("io.zhibiao.test");
            for (int i = 0; i < 300; i++) {
                log.info("step " + i);
            }
            log.log(Level.SEVERE, "failed", new IllegalStateException("broken"));
            List<String> last = session.recentLines(50);
            assertEquals(50, last.size());
            assertTrue(last.stream().anyMatch(l -> l.contains("io.zhibiao.test - failed")), String.join("\n", last));
            assertTrue(last.stream().anyMatch(l -> l.equals("java.lang.IllegalStateException: broken")));
            assertEquals(RecentLines.FRAMES, last.stream().filter(l -> l.startsWith("\tat ")).count(),
                    String.join("\n", last));
            assertTrue(last.get(last.size() - 1).matches("\t\\.\\.\\. \\d+ more frames in the log file"), last.get(49));
            assertFalse(last.stream().anyMatch(l -> l.endsWith(" - step 0")));
        }
    }

    @Test
    void installingTheSameFolderKeepsTheSessionAndClosingRestoresTheHandlersBefore() {
        Logger root = Logger.getLogger("");
        List<Handler> before = List.of(root.getHandlers());
        Level levelBefore = root.getLevel();
        try (LogSession session = AppLogging.install(dir.resolve("logs"))) {
            assertSame(session, AppLogging.install(dir.resolve("logs/../logs")));
            assertSame(session, AppLogging.current().orElseThrow());
            assertEquals(Level.INFO, root.getLevel());
            for (Handler replaced : before) {
                assertFalse(List.of(root.getHandlers()).contains(replaced), "replaced while installed: " + replaced);
            }
        }
        assertEquals(before, List.of(root.getHandlers()));
        assertEquals(levelBefore, root.getLevel());
        assertTrue(AppLogging.current().isEmpty());
    }
}
