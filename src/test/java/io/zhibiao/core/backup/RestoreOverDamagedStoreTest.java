package io.zhibiao.core.backup;

import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreFile;
import io.zhibiao.core.store.Tag;
import io.zhibiao.testing.DamagedStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A backup restored in place of a store file that is empty or cannot be read: the file is kept beside the
 * store as it was, never opened, and never copied into the backups where it would be offered as one.
 */
class RestoreOverDamagedStoreTest {
    @TempDir
    Path dir;
    private Path db;
    private Backups backups;
    private Backup good;

    @BeforeEach
    void storeWithABackup() {
        db = dir.resolve("store/zhibiao");
        backups = new Backups(db, 10, new MutableClock(Instant.parse("2025-03-01T09:30:00Z"), ZoneOffset.UTC));
        try (Store store = Store.open(db)) {
            store.tags().create("backed up", "#222222");
            good = backups.backUp(store);
        }
    }

    private List<String> tags() {
        try (Store store = Store.open(db)) {
            return store.tags().findAll().stream().map(Tag::name).toList();
        }
    }

    @Test
    void anEmptyStoreFileIsKeptAsItWasAndTheBackupTakesItsPlace() throws Exception {
        Files.write(StoreFile.dataFile(db), new byte[0]);

        Restored restored = backups.restore(good.file());

        Path kept = restored.damagedKept().orElseThrow();
        assertEquals(dir.resolve("store/zhibiao.damaged-20250301T093000Z.mv.db"), kept);
        assertEquals(0, Files.size(kept));
        assertTrue(restored.previousState().isEmpty());
        assertEquals(List.of(good.file()), backups.list().stream().map(Backup::file).toList(),
                "no copy of the empty file among the backups");
        assertEquals(List.of("backed up"), tags());
    }

    @Test
    void aDamagedStoreFileIsKeptByteForByte() throws Exception {
        Path file = StoreFile.dataFile(db);
        DamagedStores.garbleTableRoots(file);
        String damaged = DamagedStores.sha256(file);

        Restored restored = backups.restore(good.file());

        assertEquals(damaged, DamagedStores.sha256(restored.damagedKept().orElseThrow()));
        assertEquals(List.of(good.file()), backups.list().stream().map(Backup::file).toList());
        assertEquals(List.of("backed up"), tags());
        try (var names = Files.list(dir.resolve("store"))) {
            assertEquals(List.of("backups", "zhibiao.damaged-20250301T093000Z.mv.db", "zhibiao.mv.db"),
                    names.map(p -> p.getFileName().toString()).filter(n -> !n.equals("logs")).sorted().toList(),
                    "no work folder left behind");
        }
    }

    @Test
    void aSecondRestoreKeepsTheFirstKeptFile() throws Exception {
        Files.write(StoreFile.dataFile(db), new byte[0]);
        Path first = backups.restore(good.file()).damagedKept().orElseThrow();
        Files.write(StoreFile.dataFile(db), new byte[0]);
        Path second = backups.restore(good.file()).damagedKept().orElseThrow();
        assertTrue(Files.exists(first) && Files.exists(second) && !first.equals(second), first + " " + second);
    }
}
