package io.zhibiao.core.backup;

import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreFile;
import io.zhibiao.core.store.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A backup from elsewhere is checked before it is unpacked and before the store in it is opened. */
class RestoreSafetyTest {
    @TempDir
    Path dir;
    private Path db;
    private Backups backups;
    private byte[] storeBefore;

    @BeforeEach
    void currentStore() throws Exception {
        db = dir.resolve("store/zhibiao");
        backups = new Backups(db, 10);
        try (Store store = Store.open(db)) {
            store.tags().create("current", "#222222");
        }
        storeBefore = Files.readAllBytes(dir.resolve("store/zhibiao.mv.db"));
    }

    @Test
    void aBackupWhoseStoreHasATriggerIsRefusedAndItsCodeNeverRuns() throws Exception {
        Path marker = dir.resolve("marker.txt");
        Path other = dir.resolve("elsewhere/zhibiao");
        Store.open(other).close();
        try (Connection c = StoreFile.connect(StoreFile.location(other)); Statement st = c.createStatement()) {
            st.execute("CREATE TRIGGER PWN BEFORE SELECT ON TAG AS $$org.h2.api.Trigger create() throws Exception {"
                    + " java.nio.file.Files.writeString(java.nio.file.Path.of(\""
                    + marker.toString().replace("\\", "/") + "\"), \"ran\"); return (c, o, n) -> { }; } $$");
        }
        Files.delete(marker); // written once when the trigger was created
        Path zip = zipOf("zhibiao.mv.db", Files.readAllBytes(dir.resolve("elsewhere/zhibiao.mv.db")));

        BackupException e = assertThrows(BackupException.class, () -> backups.restore(zip));
        assertEquals("The backup " + zip + " was not restored: the store in it contains a trigger (PWN ON TAG) "
                + "that Zhibiao does not create; it may run code.", e.getMessage());
        assertFalse(Files.exists(marker), "the trigger's code never ran");
        assertUnchanged();
    }

    @Test
    void aNormalBackupStillRestores() {
        Backup backup;
        try (Store store = Store.open(db)) {
            backup = backups.backUp(store);
            store.tags().create("later", "#333333");
        }
        backups.restore(backup.file());
        try (Store store = Store.open(db)) {
            assertEquals(List.of("current"), store.tags().findAll().stream().map(Tag::name).toList());
        }
    }

    @Test
    void aZipBombIsRefusedBeforeAnythingIsUnpacked() throws Exception {
        Path zip = zipOf("zhibiao.mv.db", new byte[64 << 20]); // 64 MB of zeros pack into about 64 KB
        assertTrue(Files.size(zip) < 1 << 20);
        BackupException e = assertThrows(BackupException.class, () -> backups.restore(zip));
        assertTrue(e.getMessage().contains("would expand from ") && e.getMessage().contains("(a zip bomb or a "
                + "damaged file)"), e.getMessage());
        assertUnchanged();
    }

    @Test
    void anEntryThatIsAPathIsRefused() throws Exception {
        Path zip = zipOf("../zhibiao.mv.db", new byte[]{1, 2, 3});
        BackupException e = assertThrows(BackupException.class, () -> backups.restore(zip));
        assertEquals("The file " + zip + " is not a Zhibiao backup: its entry \"../zhibiao.mv.db\" is a path, "
                + "not a plain file name.", e.getMessage());
        assertFalse(Files.exists(dir.resolve("zhibiao.mv.db")));
        assertUnchanged();
    }

    @Test
    void anEntryBesideTheStoreFileIsRefused() throws Exception {
        Path zip = dir.resolve("two.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("zhibiao.mv.db"));
            out.write(new byte[]{1});
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write(new byte[]{2});
        }
        BackupException e = assertThrows(BackupException.class, () -> backups.restore(zip));
        assertTrue(e.getMessage().contains("it holds an entry (\"readme.txt\") that is neither a store file (.mv.db) "
                + "nor its script (.sql)."), e.getMessage());
        assertUnchanged();
    }

    @Test
    void anEntryLargerThanItDeclaresStopsAtTheDeclaredSize() throws Exception {
        Path zip = zipOf("zhibiao.mv.db", new byte[1 << 20]);
        declareSize(zip, 1000);
        Path target = dir.resolve("unpacked.mv.db");
        BackupException e = assertThrows(BackupException.class, () -> BackupArchive.extract(zip, target));
        assertTrue(e.getMessage().contains("holds more than the 1000 bytes the zip declares"), e.getMessage());
        assertTrue(Files.size(target) <= 1000, "never more on disk than declared: " + Files.size(target));
    }

    @Test
    void anEntryLargerThanTheRoomLeftIsRefused() throws Exception {
        Path zip = zipOf("zhibiao.mv.db", new byte[4096]);
        Path target = dir.resolve("unpacked.mv.db");
        BackupException e = assertThrows(BackupException.class,
                () -> BackupArchive.extract(zip, target, new BackupArchive.Limits(1024, 200, 1 << 20)));
        assertTrue(e.getMessage().contains("would take 4096 bytes, more than the 1024 bytes"), e.getMessage());
        assertFalse(Files.exists(target));
    }

    private Path zipOf(String entry, byte[] content) throws Exception {
        Path zip = Files.createTempFile(dir, "backup", ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(content);
        }
        return zip;
    }

    /** Rewrites the uncompressed size in the central directory, as a crafted zip would state it. */
    private static void declareSize(Path zip, int size) throws Exception {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = bytes.length - 46; i >= 0; i--) {
            if (b.getInt(i) == 0x02014b50) { // central directory file header
                b.putInt(i + 24, size);
                Files.write(zip, bytes);
                return;
            }
        }
        throw new AssertionError("no central directory in " + zip);
    }

    private void assertUnchanged() throws Exception {
        assertArrayEquals(storeBefore, Files.readAllBytes(dir.resolve("store/zhibiao.mv.db")));
        assertEquals(List.of(), backups.list());
    }
}
