package io.zhibiao.core.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zhibiao.core.backup.Backup;
import io.zhibiao.core.backup.Backups;
import io.zhibiao.core.store.fixture.AnalystWorkSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real migration (the first-schema fixture to a test-only second schema) is preceded by a backup, and
 * that backup brings back the store as the previous version left it, with all analyst work.
 */
class PreMigrationBackupTest {
    private static final String FIXTURE = "/fixtures/store-v1/";
    private static final List<String> TEST_V2 = List.of("classpath:db/test-migration-v2");

    @TempDir
    Path dir;

    @Test
    void aMigrationIsPrecededByABackupThatRestoresTheOldSchemaWithAllAnalystWork() throws Exception {
        Path db = copyFixture();
        Backups backups = new Backups(db, 10);
        try (Store migrated = Store.open(db, TEST_V2, 2)) {
            assertEquals(2, (int) migrated.jdbc().call("read the schema version", SchemaVersion::applied));
        }
        List<Backup> list = backups.list();
        assertEquals(1, list.size(), "one backup: " + list);
        Backup before = list.get(0);
        assertEquals("before-migration-v1", before.reason());
        assertTrue(before.isBeforeMigration());
        assertEquals(1, before.schemaVersion());

        try (Store again = Store.open(db, TEST_V2, 2)) {
            assertFalse(again.isClosed());
        }
        assertEquals(1, backups.list().size(), "a store already up to date is not backed up again");

        backups.restore(before.file());

        try (Connection c = StoreFile.connect(StoreFile.location(db))) {
            assertEquals(1, SchemaVersion.applied(c), "the restored store has the first schema again");
            assertFalse(hasTable(c, "MIGRATION_PROBE"));
        }
        try (Store restored = Store.open(db)) {
            assertEquals(expectedWork(), roundTripped(AnalystWorkSnapshot.of(restored)));
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
        Path db = copyFixture();
        // A file where the backups folder should be: the copy cannot be written.
        Files.writeString(StoreBackups.folder(StoreFile.location(db)), "in the way");
        StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                () -> Store.open(db, TEST_V2, 2));
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

    private Path copyFixture() throws Exception {
        Path target = dir.resolve("store");
        Files.createDirectories(target);
        try (InputStream in = getClass().getResourceAsStream(FIXTURE + "zhibiao.mv.db")) {
            Files.copy(in, target.resolve("zhibiao.mv.db"));
        }
        return target.resolve("zhibiao");
    }

    private Map<String, Object> expectedWork() throws Exception {
        try (InputStream in = getClass().getResourceAsStream(FIXTURE + "analyst-work.json")) {
            return new ObjectMapper().readValue(in, new TypeReference<>() { });
        }
    }

    private static Map<String, Object> roundTripped(Map<String, Object> snapshot) throws Exception {
        ObjectMapper json = new ObjectMapper();
        return json.readValue(json.writeValueAsString(snapshot), new TypeReference<>() { });
    }
}
