package io.zhibiao.reliability;

import io.zhibiao.core.backup.Backup;
import io.zhibiao.core.backup.Backups;
import io.zhibiao.core.files.TempFiles;
import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.store.BackupName;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.Tag;
import io.zhibiao.testing.SampleReports;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real processes killed with SIGKILL at a random point of an export, a backup and a restore (issue 18):
 * whatever the point, the target is the old file or the whole new one (the store, for a restore), and the next start (opening the
 * store) removes every temporary file the killed process left, in the data folder and beside the target,
 * and none is in the system's temporary folder. The child repeats its write and is killed at a random
 * moment of one, after an earlier one has shown how long a write takes.
 */
class KilledWritesTest {
    private static final Random RANDOM = new Random();

    @TempDir
    static Path shared;
    private static Path template;

    @TempDir
    Path dir;

    @BeforeAll
    static void storeWithReports() {
        template = shared.resolve("template/zhibiao");
        try (Store store = Store.open(template)) {
            ImportService.withBundledData(store).importPaths(List.of(SampleReports.path(SampleReports.HONGHU_2024)),
                    ImportListener.NONE, () -> false);
        }
    }

    private Path copyOfStore() throws IOException {
        Path db = dir.resolve("data/zhibiao");
        Files.createDirectories(db.getParent());
        Files.copy(template.resolveSibling("zhibiao.mv.db"), db.resolveSibling("zhibiao.mv.db"));
        return db;
    }

    @Test
    void exportKilledAnywhereLeavesAWholeWorkbookAndNoTemporaryFiles() throws Exception {
        Path db = copyOfStore();
        Path out = Files.createDirectories(dir.resolve("out")).resolve("briefing.xlsx");
        byte[][] previous = new byte[1][];

        String killed = killDuringAWrite(() -> previous[0] = Files.readAllBytes(out),
                "export", db.toString(), out.toString());

        byte[] now = Files.readAllBytes(out);
        if (!Arrays.equals(previous[0], now)) {
            assertEquals(indicatorRows(previous[0]), indicatorRows(now), "the whole new workbook " + killed);
        }
        assertNextStartRemovesLeftovers(db, killed);
    }

    @Test
    void backupKilledAnywhereLeavesOnlyWholeBackupsAndNoTemporaryFiles() throws Exception {
        Path db = copyOfStore();

        String killed = killDuringAWrite(() -> { }, "backup", db.toString());

        List<Backup> left = new Backups(db, 3).list();
        assertTrue(left.size() >= 1, "the first backup was finished " + killed);
        for (Backup b : left) {
            assertWholeZip(b.file(), killed);
        }
        assertNextStartRemovesLeftovers(db, killed);
    }

    @Test
    void restoreKilledAnywhereLeavesOneOfTheStoresAndNoTemporaryFiles() throws Exception {
        Path db = copyOfStore();
        Backups backups = new Backups(db, 3);
        Path a;
        Path b;
        try (Store store = Store.open(db)) {
            store.tags().create("a", "#000000");
            a = backups.backUp(store).file();
            store.tags().create("b", "#000000");
            b = backups.backUp(store).file();
            store.tags().create("c", "#000000");
        }

        String killed = killDuringAWrite(() -> { }, "restore", db.toString(), a.toString(), b.toString());

        try (Store store = Store.open(db)) {
            List<String> tags = store.tags().findAll().stream().map(Tag::name).sorted().toList();
            assertTrue(Set.of(List.of("a"), List.of("a", "b"), List.of("a", "b", "c")).contains(tags),
                    "the store before the restores or one of the two backups, not " + tags + " " + killed);
        }
        for (Backup left : backups.list()) {
            assertWholeZip(left.file(), killed);
        }
        assertNextStartRemovesLeftovers(db, killed);
    }

    /**
     * Starts {@link WriteUntilKilled}, lets it write twice (the first write of a fresh JVM is slow, the second
     * shows how long one takes), kills it at a random moment of the third (or just after it) and waits for
     * its end; returns where it was killed, for the assertion messages.
     *
     * @param afterSecondWrite keeps what the second write made, for the test to compare with
     */
    private String killDuringAWrite(Snapshot afterSecondWrite, String... args) throws Exception {
        Path jvmTmp = Files.createDirectories(dir.resolve("jvm-tmp"));
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + jvmTmp, "-cp", System.getProperty("java.class.path"),
                WriteUntilKilled.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(dir.resolve("child-err.log").toFile()).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            expect(lines, "start");
            expect(lines, "done 1");
            long started = System.nanoTime();
            expect(lines, "done 2");
            long oneWrite = System.nanoTime() - started;
            afterSecondWrite.take();
            long delay = (long) (RANDOM.nextDouble() * oneWrite * 1.2);
            TimeUnit.NANOSECONDS.sleep(delay);
            p.destroyForcibly();
            return String.format("(killed %.1f ms into a %s that took %.1f ms the time before)", delay / 1e6,
                    args[0], oneWrite / 1e6);
        } finally {
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
    }

    private interface Snapshot {
        void take() throws IOException;
    }

    private void expect(BufferedReader lines, String wanted) throws IOException {
        String line = lines.readLine();
        assertEquals(wanted, line, "the child said " + line + "; its errors: "
                + Files.readString(dir.resolve("child-err.log")));
    }

    /** Opening the store is the next start: afterwards no temporary file of the killed process is anywhere. */
    private void assertNextStartRemovesLeftovers(Path db, String killed) throws IOException {
        try (Store store = Store.open(db)) {
            try (Stream<Path> all = Files.walk(dir)) {
                assertEquals(List.of(), all.filter(p -> TempFiles.isTemporary(p.getFileName().toString()))
                        .toList(), "temporary files left " + killed);
            }
            try (Stream<Path> all = Files.walk(dir.resolve("jvm-tmp"))) {
                assertEquals(List.of(), all.filter(Files::isRegularFile).toList(),
                        "files in the system's temporary folder " + killed);
            }
        }
    }

    /** A backup zip that reads to its end with every entry's checksum right. */
    private static void assertWholeZip(Path zip, String killed) throws IOException {
        assertTrue(BackupName.parse("zhibiao", zip.getFileName().toString()).isPresent(), zip.toString());
        try (ZipFile z = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = z.entries();
            assertTrue(entries.hasMoreElements(), "an empty backup " + zip + " " + killed);
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                try (InputStream in = z.getInputStream(e)) {
                    assertEquals(e.getSize(), in.transferTo(java.io.OutputStream.nullOutputStream()),
                            e.getName() + " in " + zip + " " + killed);
                }
            }
        }
    }

    private static int indicatorRows(byte[] workbook) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
            return wb.getSheetAt(0).getPhysicalNumberOfRows();
        }
    }
}
