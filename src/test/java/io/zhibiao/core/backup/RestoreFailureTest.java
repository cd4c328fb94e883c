package io.zhibiao.core.backup;

import io.zhibiao.core.files.TempFiles;
import io.zhibiao.core.store.HoldStoreOpen;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreInUseException;
import io.zhibiao.core.store.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every way a restore can fail names the problem and leaves the store exactly as it was. */
class RestoreFailureTest {
    @TempDir
    Path dir;
    private Path db;
    private Backups backups;
    private Backup good;
    private byte[] storeBefore;

    @BeforeEach
    void storeWithABackup() throws Exception {
        db = dir.resolve("store/zhibiao");
        backups = new Backups(db, 10);
        try (Store store = Store.open(db)) {
            store.tags().create("kept", "#111111");
            good = backups.backUp(store);
            store.tags().create("current", "#222222");
        }
        storeBefore = Files.readAllBytes(dir.resolve("store/zhibiao.mv.db"));
    }

    @Test
    void aMissingBackupFile() {
        BackupException e = assertThrows(BackupException.class, () -> backups.restore(dir.resolve("nope.zip")));
        assertEquals("The backup file " + dir.resolve("nope.zip") + " does not exist.", e.getMessage());
        assertUnchanged();
    }

    @Test
    void aFileThatIsNotAZip() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.zip"), "this is not a zip");
        BackupException e = assertThrows(BackupException.class, () -> backups.restore(bad));
        assertTrue(e.getMessage().startsWith("The file " + bad + " is not a Zhibiao backup or is damaged"),
                e.getMessage());
        assertUnchanged();
    }

    @Test
    void aZipWithoutAStoreFile() throws Exception {
        Path zip = dir.resolve("photos.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("photo.jpg"));
            out.write(new byte[]{1, 2, 3});
        }
        BackupException e = assertThrows(BackupException.class, () -> backups.restore(zip));
        assertEquals("The file " + zip + " is not a Zhibiao backup: it holds an entry (\"photo.jpg\") that is "
                + "neither a store file (.mv.db) nor its script (.sql).", e.getMessage());
        assertUnchanged();
    }

    @Test
    void aBackupWhoseStoreFileIsDamaged() throws Exception {
        Path zip = dir.resolve("damaged.zip");
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(garbage);
        try (OutputStream raw = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(raw)) {
            out.putNextEntry(new ZipEntry("zhibiao.mv.db"));
            out.write(garbage);
        }
        BackupException e = assertThrows(BackupException.class, () -> backups.restore(zip));
        assertTrue(e.getMessage().startsWith("The backup " + zip + " is damaged: the store in it does not open"),
                e.getMessage());
        assertUnchanged();
    }

    @Test
    void theStoreOpenInThisProcess() {
        try (Store open = Store.open(db)) {
            assertThrows(StoreInUseException.class, () -> backups.restore(good.file()));
            assertEquals(2, open.tags().findAll().size(), "the open store goes on working");
        }
        try (Store store = Store.open(db)) {
            assertEquals(List.of("current", "kept"), store.tags().findAll().stream().map(Tag::name).sorted().toList());
        }
        assertEquals(List.of("manual"), backups.list().stream().map(Backup::reason).toList());
    }

    @Test
    void theStoreOpenInAnotherProcess() throws Exception {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldStoreOpen.class.getName(), db.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertEquals("OPEN", out.readLine());
            StoreInUseException e = assertThrows(StoreInUseException.class, () -> backups.restore(good.file()));
            assertTrue(e.getMessage().contains("is in use by another Zhibiao window or command"), e.getMessage());
            holder.getOutputStream().close();
            assertEquals("CLOSED", out.readLine());
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        } finally {
            holder.destroyForcibly();
        }
        try (Store store = Store.open(db)) {
            assertEquals(List.of("current", "kept"), store.tags().findAll().stream().map(Tag::name).sorted().toList());
            assertEquals(1, store.documents().listSummaries().size(), "the other process's work is kept");
        }
    }

    /** Byte for byte the file it was, no backup of it made, no work files left. */
    private void assertUnchanged() {
        try {
            assertArrayEquals(storeBefore, Files.readAllBytes(dir.resolve("store/zhibiao.mv.db")));
            assertEquals(List.of("manual"), backups.list().stream().map(Backup::reason).toList());
            try (var files = Files.list(dir.resolve("store"))) {
                assertEquals(List.of(), files.map(p -> p.getFileName().toString())
                        .filter(TempFiles::isTemporary).toList());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
