package io.zhibiao.core.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Temporary files of killed exports are removed by the next export once they are surely abandoned. */
class LeftoverTempFilesTest {
    @TempDir
    Path dir;

    @Test
    void nextExportRemovesTempFilesOlderThanAnHourAndKeepsYoungerOnes() throws Exception {
        Path stale = Files.writeString(dir.resolve(".zhibiao-export-old.xlsx-1.tmp"), "half a workbook");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path running = Files.writeString(dir.resolve(".zhibiao-export-other.xlsx-2.tmp"), "another window");
        Path unrelated = Files.writeString(dir.resolve(".notes.tmp"), "not ours");
        Files.setLastModifiedTime(unrelated, FileTime.from(Instant.now().minus(Duration.ofDays(2))));

        Path target = dir.resolve("briefing.csv");
        AtomicOutput.write(target, out -> out.write("a,b\r\n".getBytes(StandardCharsets.UTF_8)));

        assertFalse(Files.exists(stale), "a temp file of a killed export is removed");
        assertTrue(Files.exists(running), "a young temp file may belong to an export still running");
        assertTrue(Files.exists(unrelated), "files that are not ours are left alone");
        assertEquals("a,b\r\n", Files.readString(target));
    }
}
