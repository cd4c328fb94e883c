package io.zhibiao.core.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one file replacement: the old file byte for byte or the whole new one, and no temporary file left. */
class AtomicWriteTest {
    @TempDir
    Path dir;

    private final byte[] previous = bytes(200_000, 7);

    @Test
    void successReplacesTheTargetAndLeavesNothingElse() throws Exception {
        Path target = Files.write(dir.resolve("briefing.xlsx"), previous);
        byte[] next = bytes(300_000, 11);
        AtomicWrite.to(target).write(out -> {
            out.write(next, 0, 1000);
            out.write(next, 1000, next.length - 1000);
            out.close(); // a library closing the stream it was given changes nothing
        });
        assertArrayEquals(next, Files.readAllBytes(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aFailureHalfWayLeavesTheOldFileByteForByteAndNoTemporaryFile() throws Exception {
        Path target = Files.write(dir.resolve("work.json"), previous);
        IOException e = assertThrows(IOException.class, () -> AtomicWrite.to(target).write(out -> {
            out.write(bytes(150_000, 3));
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", e.getMessage());
        assertArrayEquals(previous, Files.readAllBytes(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aCancelLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = Files.write(dir.resolve("briefing.csv"), previous);
        assertThrows(CancellationException.class, () -> AtomicWrite.to(target).write(out -> {
            out.write(bytes(70_000, 5));
            throw new CancellationException();
        }));
        assertArrayEquals(previous, Files.readAllBytes(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aFailureOfTheStreamBelowTheContentIsTheWritesFailure() throws Exception {
        Path target = Files.write(dir.resolve("settings.properties"), previous);
        IOException e = assertThrows(IOException.class, () -> AtomicWrite.to(target)
                .through(file -> new OutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        throw new IOException("Input/output error");
                    }
                })
                .write(out -> out.write(bytes(100_000, 1))));
        assertEquals("Input/output error", e.getMessage());
        assertArrayEquals(previous, Files.readAllBytes(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aRenameThatFailsLeavesTheTargetAndNoTemporaryFile() throws Exception {
        Path target = Files.createDirectories(dir.resolve("taken"));
        Path inside = Files.write(target.resolve("keep.txt"), previous);
        assertThrows(IOException.class, () -> AtomicWrite.writeString(target, "new"));
        assertArrayEquals(previous, Files.readAllBytes(inside));
        assertEquals(List.of(target), files());
    }

    @Test
    void aLibraryThatWritesByPathGetsAFileInTheTargetsFolder() throws Exception {
        Path target = Files.write(dir.resolve("backup.zip"), previous);
        Path[] given = new Path[1];
        AtomicWrite.to(target).writeFile(file -> {
            given[0] = file;
            Files.writeString(file, "copy", StandardCharsets.UTF_8);
        });
        assertEquals(dir, given[0].getParent());
        assertTrue(TempFiles.isTemporary(given[0].getFileName().toString()));
        assertEquals("copy", Files.readString(target));
        assertEquals(List.of(target), files());

        assertThrows(IOException.class, () -> AtomicWrite.to(target).writeFile(file -> {
            Files.writeString(file, "half a cop");
            throw new IOException("the copy failed");
        }));
        assertEquals("copy", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aTemporaryFileElsewhereIsRecordedInTheDataFolderWhileItExists() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Path target = out.resolve("briefing.xlsx");
        List<String> records = new java.util.ArrayList<>();
        List<Path> beside = new java.util.ArrayList<>();
        AtomicWrite.to(target).recordedIn(data).write(stream -> {
            stream.write(1);
            for (Path p : list(data)) {
                records.add(Files.readString(p));
            }
            beside.addAll(list(out));
        });
        assertEquals(1, beside.size(), "one temporary file beside the target");
        assertEquals(List.of(beside.get(0).toString()), records, "one record in the data folder names it");
        assertEquals(List.of(), list(data), "the record is gone with the temporary file");
        assertEquals(List.of(target), list(out));
    }

    @Test
    void theNextWriteIntoAFolderRemovesWhatADeadProcessLeftThereAndNothingElse() throws Exception {
        Path dead = Files.writeString(dir.resolve(TempFiles.nameFor(TempFilesTest.deadPid(), "briefing.xlsx")
                + ".tmp"), "half a workbook");
        Path running = Files.writeString(dir.resolve(TempFiles.nameFor(TempFilesTest.livePid(), "other.xlsx")
                + ".tmp"), "another process writing");
        Path notOurs = Files.writeString(dir.resolve(".notes.tmp"), "the user's");
        Path target = dir.resolve("briefing.csv");
        AtomicWrite.writeString(target, "a,b\r\n");
        assertFalse(Files.exists(dead));
        assertTrue(Files.exists(running));
        assertTrue(Files.exists(notOurs));
        assertEquals("a,b\r\n", Files.readString(target));
    }

    private List<Path> files() throws IOException {
        return list(dir);
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    private static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        new java.util.Random(seed).nextBytes(b);
        return b;
    }
}
