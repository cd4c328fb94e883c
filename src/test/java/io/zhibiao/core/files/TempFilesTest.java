package io.zhibiao.core.files;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Leftovers of a process that is gone are told from the work of one still running, by process id. */
class TempFilesTest {
    private static long deadPid;

    @TempDir
    Path dir;

    @BeforeAll
    static void startAndEndAProcess() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        deadPid = p.pid();
    }

    /** The id of a process that has ended. */
    static long deadPid() {
        if (deadPid == 0) {
            // a process id no system hands out
            return 1L << 40;
        }
        return ProcessHandle.of(deadPid).isPresent() ? 1L << 40 : deadPid;
    }

    /** The id of a process that runs for the whole test and started before it: the one that started this JVM. */
    static long livePid() {
        return ProcessHandle.current().parent().orElseThrow().pid();
    }

    @Test
    void aLeftoverOfAnEndedProcessIsAbandonedOneOfARunningProcessIsNot() throws Exception {
        assertTrue(TempFiles.isAbandoned(Files.createFile(dir.resolve(TempFiles.nameFor(deadPid(), "x") + ".tmp"))));
        assertTrue(TempFiles.isAbandoned(Files.createFile(dir.resolve(TempFiles.nameFor(1L << 40, "y") + ".tmp"))));
        assertFalse(TempFiles.isAbandoned(Files.createFile(dir.resolve(TempFiles.nameFor(livePid(), "z") + ".tmp"))));
        assertFalse(TempFiles.isAbandoned(TempFiles.newFile(dir, "mine")), "this process's own");
        assertFalse(TempFiles.isAbandoned(Files.createFile(dir.resolve(".zhibiao-export-old.tmp"))), "not our name");
    }

    @Test
    void aProcessThatStartedAfterTheFileWasWrittenIsNotItsWriter() throws Exception {
        ProcessHandle parent = ProcessHandle.current().parent().orElseThrow();
        Assumptions.assumeTrue(parent.info().startInstant().isPresent(), "the system tells process start times");
        Path reused = Files.createFile(dir.resolve(TempFiles.nameFor(parent.pid(), "x") + ".tmp"));
        Files.setLastModifiedTime(reused, FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
        assertTrue(TempFiles.isAbandoned(reused), "the id was handed to another process since");
    }

    @Test
    void removesAbandonedFilesAndFoldersOnlyAndTheFilesTheyRecordedElsewhere() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path out = Files.createDirectories(dir.resolve("out"));
        long dead = deadPid();
        Path folder = Files.createDirectories(data.resolve(TempFiles.nameFor(dead, "restore")));
        Files.writeString(Files.createDirectories(folder.resolve("sub")).resolve("zhibiao.mv.db"), "a store copy");
        Path beside = Files.writeString(out.resolve(TempFiles.nameFor(dead, "briefing.xlsx") + ".tmp"), "half");
        Path record = Files.writeString(data.resolve(TempFiles.nameFor(dead, "elsewhere") + ".tmp"),
                beside.toString(), StandardCharsets.UTF_8);
        Path important = Files.writeString(out.resolve("important.xlsx"), "the user's");
        Path forged = Files.writeString(data.resolve(TempFiles.nameFor(dead, "elsewhere") + ".tmp"),
                important.toString(), StandardCharsets.UTF_8);
        Path running = Files.createDirectories(data.resolve(TempFiles.nameFor(livePid(), "export")));
        Path store = Files.writeString(data.resolve("zhibiao.mv.db"), "the store");

        assertEquals(4, TempFiles.removeAbandoned(data));

        assertFalse(Files.exists(folder));
        assertFalse(Files.exists(beside), "the temporary file beside an export's target, found by its record");
        assertFalse(Files.exists(record));
        assertFalse(Files.exists(forged));
        assertTrue(Files.exists(important), "a record never deletes a file that is not a temporary one");
        assertTrue(Files.exists(running));
        assertTrue(Files.exists(store));
        assertEquals(0, TempFiles.removeAbandoned(data));
    }

    @Test
    void longNamesAreShortenedToFitAnyFileSystem() throws Exception {
        String label = "年度政府工作报告指标汇总".repeat(10) + ".xlsx";
        Path p = TempFiles.newFile(dir, label);
        assertTrue(p.getFileName().toString().getBytes(StandardCharsets.UTF_8).length < 255);
        assertTrue(TempFiles.isTemporary(p.getFileName().toString()));
        assertTrue(p.getFileName().toString().endsWith(".tmp"));
    }
}
