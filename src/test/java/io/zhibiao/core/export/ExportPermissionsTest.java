package io.zhibiao.core.export;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A workbook is for colleagues: it gets the permissions of any new file, not owner-only ones. */
class ExportPermissionsTest {
    @Test
    void writtenFileHasTheSamePermissionsAsAnyNewFileInItsFolder(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path reference = Files.createFile(tmp.resolve("reference.txt"));
        Path out = tmp.resolve("briefing.xlsx");
        ExportTarget.write(out, stream -> stream.write("content".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(out));
        assertTrue(Files.getPosixFilePermissions(out).contains(PosixFilePermission.OWNER_READ));
        try (var left = Files.list(tmp)) {
            assertEquals(2, left.count(), "no temporary file left behind");
        }
    }
}
