package io.zhibiao.core.store;

import io.zhibiao.core.backup.Backup;
import io.zhibiao.core.backup.Backups;
import io.zhibiao.core.store.fixture.AnalystWorkSnapshot;
import io.zhibiao.core.store.fixture.FirstSchemaFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real migration (the first-schema fixture through the real migrations to a test-only newer schema) is preceded by a backup, and
 * that backup brings back the store as the previous version left it, with all analyst work.
 */
class PreMigrationBackupTest {
    /** The real migrations plus a probe version beyond them, so the fixture has a migration still to come. */
    private static final List<String> NEXT = List.of("classpath:db/migration", "classpath:db/test-migration-next");
    private static final int NEXT_VERSION = 900;

    @TempDir
    Path dir;

    @Test
    void aMigrationIsPrecededByABackupThatRestoresTheOldSchemaWithAllAnalystWork() throws Exception {
        Path db = FirstSchemaFixture.copyTo(dir.resolve("store"));
        Backups backups = new Backups(db, 10);
        try (Store migrated = Store.open(db, NEXT, NEXT_VERSION)) {
            assertEquals(NEXT_VERSION, (int) migrated.jdbc().call("read the schema version", SchemaVersion::applied));
        }
        List<Backup> list = backups.list();
        assertEquals(1, list.size(), "one backup: " + list);
        Backup before = list.get(0);
        assertEquals("before-migration-v1", before.reason());
        assertTrue(before.isBeforeMigration());
        assertEquals(1, before.schemaVersion());

        try (Store again = Store.open(db, NEXT, NEXT_VERSION)) {
            assertFalse(again.isClosed());
        }
        assertEquals(1, backups.list().size(), "a store already up to date is not backed up again");

        backups.restore(before.file());

        try (Connection c = StoreFile.connect(StoreFile.location(db))) {
            assertEquals(1, SchemaVersion.applied(c), "the restored store has the first schema again");
            assertFalse(hasTable(c, "MIGRATION_PROBE"));
        }
        try (Store restored = Store.open(db)) {
            assertEquals(FirstSchemaFixture.expectedWork(), FirstSchemaFixture.asSaved(AnalystWorkSnapshot.of(restored)));
        }
    }

    @Test
    void aBrandNewStoreOrACurrentOneIsNotBackedUp() {
        Path db = dir.resolve("new/zhibiao");
        Store.open(db).close();
        Store.open(db).close();
        assertFalse(Files.exists(dir.resolve("new/backups")), "nothing to back up in a new store");
    }

    @Test
    void whenTheBackupCannotBeWrittenTheStoreIsNotMigrated() throws Exception {
        Path db = FirstSchemaFixture.copyTo(dir.resolve("store"));
        // A file where the backups folder should be: the copy cannot be written.
        Files.writeString(StoreBackups.folder(StoreFile.location(db)), "in the way");
        StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                () -> Store.open(db, NEXT, NEXT_VERSION));
        assertTrue(e.getMessage().contains("needs a schema update, but the backup that comes before it failed, "
                + "so nothing was changed"), e.getMessage());
        try (Connection c = StoreFile.connect(StoreFile.location(db))) {
            assertEquals(1, SchemaVersion.applied(c));
            assertFalse(hasTable(c, "MIGRATION_PROBE"));
        }
    }

    private static boolean hasTable(Connection c, String name) throws Exception {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = '"
                     + name + "'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }
}
