package io.zhibiao.core.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stores prepared to run code are refused before anything in them runs; Zhibiao's own stores open. */
class SchemaGuardTest {
    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("store/zhibiao");
    }

    private Path marker() {
        return dir.resolve("marker.txt");
    }

    /** A real store, then {@code sql} run on it over plain JDBC, as an attacker with the file would. */
    private void crafted(String... sql) throws Exception {
        try (Store store = Store.open(db())) {
            store.tags().create("kept", "#111111");
        }
        try (Connection c = StoreFile.connect(StoreFile.location(db())); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s.replace("MARKER", marker().toString().replace("\\", "/")));
            }
        }
        // creating a trigger runs its code once; only a later run would count
        Files.deleteIfExists(marker());
    }

    private UnsafeStoreException refused() {
        UnsafeStoreException e = assertThrows(UnsafeStoreException.class, () -> Store.open(db()).close());
        assertFalse(Files.exists(marker()), "no code of the store ran");
        return e;
    }

    @Test
    void aTriggerWithJavaSourceIsRefusedBeforeTheFileIsOpened() throws Exception {
        crafted("CREATE TRIGGER PWN BEFORE SELECT ON TAG AS $$org.h2.api.Trigger create() throws Exception {"
                + " java.nio.file.Files.writeString(java.nio.file.Path.of(\"MARKER\"), \"ran\");"
                + " return (c, o, n) -> { }; } $$");
        assertEquals("The store at " + StoreFile.location(db()) + " contains a trigger (PWN ON TAG) that Zhibiao "
                + "does not create; it may run code, so it was not opened.", refused().getMessage());
    }

    @Test
    void aGeneratedColumnCallingFileWriteIsRefused() throws Exception {
        crafted("ALTER TABLE TAG ADD COLUMN STAMP BIGINT GENERATED ALWAYS AS (FILE_WRITE(X'41', 'MARKER'))");
        String message = refused().getMessage();
        assertTrue(message.contains("contains a generated column (TAG.STAMP) that Zhibiao does not create; "
                + "it may run code, so it was not opened."), message);
    }

    @Test
    void aDefaultCallingFileWriteOnAnExistingColumnIsRefused() throws Exception {
        crafted("ALTER TABLE TAG ALTER COLUMN COLOR SET DEFAULT CAST(FILE_WRITE(X'41', 'MARKER') AS VARCHAR)");
        String message = refused().getMessage();
        assertTrue(message.contains("contains a column (TAG.COLOR: ") && message.contains("FILE_WRITE")
                && message.contains(") defined otherwise than Zhibiao creates it"), message);
    }

    @Test
    void anAliasWithJavaSourceIsRefused() throws Exception {
        crafted("CREATE ALIAS PWN AS $$ String pwn() throws Exception {"
                + " java.nio.file.Files.writeString(java.nio.file.Path.of(\"MARKER\"), \"ran\"); return \"\"; } $$");
        assertTrue(refused().getMessage().contains("contains a function alias (PWN) that Zhibiao does not create"));
    }

    @Test
    void aViewIsRefused() throws Exception {
        crafted("CREATE VIEW TAG_NAMES AS SELECT NAME FROM TAG");
        assertTrue(refused().getMessage().contains("contains a view (TAG_NAMES) that Zhibiao does not create"));
    }

    @Test
    void aCheckConstraintCallingAFunctionIsRefused() throws Exception {
        crafted("ALTER TABLE TAG ADD CHECK (FILE_WRITE(X'41', 'MARKER') > 0)");
        assertTrue(refused().getMessage().contains("contains a check constraint (TAG)"));
    }

    @Test
    void anExtraTableOrColumnOrAMissingOneIsRefused() throws Exception {
        crafted("CREATE TABLE NOTES (ID INT)");
        assertTrue(refused().getMessage().contains("contains a table (NOTES) that Zhibiao does not create"));

        Files.delete(StoreFile.dataFile(StoreFile.location(db())));
        crafted("ALTER TABLE TAG DROP COLUMN COLOR");
        String message = refused().getMessage();
        assertTrue(message.contains("lacks the column (TAG.COLOR) that schema version " + SchemaVersion.LATEST
                + " has"), message);
    }

    @Test
    void aChangedHistoryTableIsRefusedBeforeItIsRead() throws Exception {
        crafted("ALTER TABLE \"flyway_schema_history\" ADD COLUMN X INT DEFAULT 1");
        assertTrue(refused().getMessage().contains("(flyway_schema_history.X)"));
    }

    @Test
    void zhibiaosOwnStoreOpensAndTheCheckIsCheap() {
        try (Store store = Store.open(db())) {
            store.tags().create("kept", "#111111");
        }
        Path location = StoreFile.location(db());
        SchemaGuard.check(location); // warm up the classes the first open loads anyway
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            SchemaGuard.check(location);
            best = Math.min(best, System.nanoTime() - t0);
        }
        // printed for the README; not asserted, as it depends on the machine
        System.out.printf("schema guard on a normal store: %.1f ms%n", best / 1e6);
        try (Store store = Store.open(db())) {
            assertEquals(1, store.tags().findAll().size());
        }
    }

    @Test
    void zhibiaosOwnStoreOpensInATurkishLocale() {
        // H2 lower- and upper-cases with the JVM's locale; in Turkish, I is not the capital of i
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            try (Store store = Store.open(db())) {
                store.tags().create("kept", "#111111");
            }
            try (Store store = Store.open(db())) {
                assertEquals(1, store.tags().findAll().size());
            }
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void theCommittedExpectedSchemasAreTheOnesTheMigrationsMake() {
        for (int v = 1; v <= SchemaVersion.LATEST; v++) {
            if (!hasMigration(v)) {
                // a number left free for another branch's migration: no schema of that version exists
                assertTrue(ExpectedSchema.fromResource(v).isEmpty(), "v" + v + ".txt without a migration V" + v);
                continue;
            }
            assertEquals(ExpectedSchema.fromMigrations(ExpectedSchema.MIGRATIONS, v).orElseThrow(),
                    ExpectedSchema.fromResource(v).orElseThrow(),
                    "src/main/resources/db/schema/v" + v + ".txt must list the fingerprint of schema version " + v);
        }
        assertTrue(ExpectedSchema.fromResource(SchemaVersion.LATEST + 1).isEmpty());
    }

    private static boolean hasMigration(int version) {
        try (java.util.stream.Stream<java.nio.file.Path> files =
                     java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("V" + version + "__"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
