package io.zhibiao.core.backup;

import io.zhibiao.core.files.TempFiles;
import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.importer.SampleCorpus;
import io.zhibiao.core.review.IndicatorField;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.SchemaGuard;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreFile;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.fixture.AnalystWorkSnapshot;
import io.zhibiao.core.store.fixture.FirstSchemaFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every backup also carries the store as a SQL script, and a backup whose store file cannot be read (as after
 * an H2 upgrade: H2 minor versions cannot read each other's files) is restored from that script alone, with
 * all the work in it. A script is SQL: one that holds anything Zhibiao's backups do not is refused, and
 * nothing in it runs.
 */
class ScriptRestoreTest {
    @TempDir
    static Path shared;
    private static Path backup;
    private static Map<String, Object> work;
    private static Map<String, Object> rows;

    @TempDir
    Path dir;

    /** A store with the sample reports and review work of every kind, and its backup. */
    @BeforeAll
    static void storeWithWork() {
        Path db = shared.resolve("source/zhibiao");
        try (Store store = Store.open(db)) {
            ImportService.withBundledData(store).importPaths(SampleCorpus.copyTo(shared.resolve("reports")),
                    ImportListener.NONE, () -> false);
            ReviewService review = new ReviewService(store, "wang.li");
            List<DocumentSummary> docs = store.documents().listSummaries();
            List<StoredIndicator> a = store.indicators().findByDocument(docs.get(0).id());
            review.verifyAll(List.of(a.get(0).id(), a.get(1).id()));
            review.reject(a.get(2).id());
            review.correct(a.get(3).id(), IndicatorField.VALUE, 9.5);
            review.correct(a.get(3).id(), IndicatorField.UNIT, "亿元");
            // quotes, a semicolon, a comment marker, a backslash, a line break and a character beyond U+FFFF
            review.setNote(a.get(4).id(), "核对：'一致'; -- 见 \\附表\n第二行 𠀋");
            review.delete(a.get(5).id());
            review.tag(List.of(a.get(0).id(), a.get(4).id()), "重点", "#d9534f");
            review.overrideYear(docs.get(1).id(), 2024);
            // a report in the trash comes back from the script still in the trash, with its rows
            review.deleteDocuments(List.of(docs.get(2).id()));
            backup = new Backups(db, 10).backUp(store).file();
            work = AnalystWorkSnapshot.complete(store);
            rows = rowsOf(db);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every table's rows as text, texts of the reports included. */
    private static Map<String, Object> rowsOf(Path db) throws Exception {
        Map<String, Object> all = new LinkedHashMap<>();
        try (Connection c = StoreFile.connect(StoreFile.location(db)); Statement st = c.createStatement()) {
            for (String table : List.of("DOCUMENT", "DOCUMENT_TEXT", "INDICATOR", "TAG", "INDICATOR_TAG", "AUDIT_EVENT",
                    "REGION")) {
                StringBuilder sb = new StringBuilder();
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            sb.append(rs.getString(i)).append('\t');
                        }
                        sb.append('\n');
                    }
                }
                all.put(table, sb.toString());
            }
        }
        return all;
    }

    /** A copy of {@code from} whose store file entry is {@code store} (left out when null); the script stays. */
    private Path withStoreFile(Path from, byte[] store) throws IOException {
        return rewritten(from, store, null);
    }

    private Path rewritten(Path from, byte[] store, String script) throws IOException {
        Path copy = dir.resolve("zhibiao-20250301T093000.000Z-manual.zip");
        try (ZipFile in = new ZipFile(from.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry e : in.stream().toList()) {
                boolean isStore = e.getName().endsWith(".mv.db");
                byte[] bytes = isStore ? store : script != null ? script.getBytes(StandardCharsets.US_ASCII)
                        : in.getInputStream(e).readAllBytes();
                if (bytes != null) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    out.write(bytes);
                }
            }
        }
        return copy;
    }

    private String scriptOf(Path from) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("zhibiao.sql")).readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    private static byte[] garbage() {
        byte[] bytes = new byte[64 * 1024];
        new Random(18).nextBytes(bytes);
        return bytes;
    }

    @Test
    void aBackupCarriesTheStoreFileAndTheStoreAsAScript() throws IOException {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            assertEquals(List.of("zhibiao.mv.db", "zhibiao.sql"), zip.stream().map(ZipEntry::getName).toList());
        }
        String script = scriptOf(backup);
        assertTrue(script.startsWith("-- H2 2."), script.substring(0, 40));
        assertTrue(script.contains("INSERT INTO \"PUBLIC\".\"AUDIT_EVENT\"("), "the history is in it");
    }

    @Test
    void aBackupWhoseStoreFileIsGarbageIsRestoredFromItsScriptWithAllTheWork() throws Exception {
        Path damaged = withStoreFile(backup, garbage());
        Path db = dir.resolve("store/zhibiao");
        Restored restored = new Backups(db, 10).restore(damaged);
        assertTrue(restored.fromScript());
        assertRestoredWithAllTheWork(db);
    }

    @Test
    void aBackupWithoutItsStoreFileIsRestoredFromTheScriptAlone() throws Exception {
        Path scriptOnly = withStoreFile(backup, null);
        try (ZipFile zip = new ZipFile(scriptOnly.toFile())) {
            assertEquals(List.of("zhibiao.sql"), zip.stream().map(ZipEntry::getName).toList());
        }
        Path db = dir.resolve("store/zhibiao");
        assertTrue(new Backups(db, 10).restore(scriptOnly).fromScript());
        assertRestoredWithAllTheWork(db);
    }

    private void assertRestoredWithAllTheWork(Path db) throws Exception {
        SchemaGuard.check(StoreFile.location(db));
        assertEquals(rows, rowsOf(db), "every row of every table, report texts included");
        try (Store store = Store.open(db)) {
            assertEquals(work, AnalystWorkSnapshot.complete(store));
            // ids go on after the restored ones
            long tag = store.tags().create("neu", "#000000").id();
            assertTrue(tag > store.tags().findByName("重点").orElseThrow().id());
            assertEquals(1, store.documents().listTrash().size(), "the deleted report is still in the trash");
            new ReviewService(store, "li").verify(store.indicators().findByDocument(
                    store.documents().listSummaries().get(1).id()).get(0).id());
        }
        try (Stream<Path> left = Files.list(db.getParent())) {
            assertEquals(List.of(), left.filter(p -> TempFiles.isTemporary(p.getFileName().toString())).toList());
        }
    }

    @Test
    void aBackupTakenBeforeAMigrationIsRestoredFromItsScriptToTheOldSchemaAndMigratesAgain() throws Exception {
        Path db = FirstSchemaFixture.copyTo(dir.resolve("store"));
        Store.open(db).close(); // migrates the first schema, backing it up first
        Backup before = new Backups(db, 10).list().stream().filter(Backup::isBeforeMigration).findFirst().orElseThrow();
        Path damaged = withStoreFile(before.file(), garbage());

        assertTrue(new Backups(db, 10).restore(damaged).fromScript());
        try (Connection c = StoreFile.connect(StoreFile.location(db)); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT MAX(\"version\") FROM \"flyway_schema_history\"")) {
            rs.next();
            assertEquals("1", rs.getString(1), "the schema the backup was taken in");
        }
        try (Store store = Store.open(db)) {
            assertEquals(FirstSchemaFixture.expectedWork(), FirstSchemaFixture.asSaved(AnalystWorkSnapshot.of(store)));
        }
    }

    /** Statements a crafted script could use to run code; the marker file shows whether any ran. */
    @ParameterizedTest
    @ValueSource(strings = {
            "CREATE ALIAS PWN AS $$ String pwn() throws Exception { java.nio.file.Files.writeString("
                    + "java.nio.file.Path.of(\"MARKER\"), \"ran\"); return \"\"; } $$;\nCALL PWN();",
            "CREATE TRIGGER PWN BEFORE SELECT ON \"PUBLIC\".\"TAG\" AS $$org.h2.api.Trigger create() { return null; } $$;",
            "CALL FILE_WRITE('ran', 'MARKER');",
            "INSERT INTO \"PUBLIC\".\"TAG\"(\"ID\", \"NAME\", \"COLOR\") VALUES (99, FILE_WRITE('ran', 'MARKER'), NULL);",
            "INSERT INTO \"PUBLIC\".\"TAG\"(\"ID\", \"NAME\", \"COLOR\") SELECT 99, 'x', FILE_WRITE('ran', 'MARKER');",
            "SET REFERENTIAL_INTEGRITY FALSE;",
            "CREATE CACHED TABLE \"PUBLIC\".\"EVIL\"(\"X\" INT);",
            "INSERT INTO \"PUBLIC\".\"TAG\"(\"ID\", \"NAME\", \"COLOUR\") VALUES (99, 'x', NULL);"})
    void aScriptWithAStatementZhibiaoNeverWritesIsRefusedAndWritesNothing(String crafted) throws Exception {
        Path marker = dir.resolve("marker.txt");
        String statement = crafted.replace("MARKER", marker.toString().replace("\\", "/"));
        String script = scriptOf(backup);
        int cut = script.indexOf("CREATE CACHED TABLE \"PUBLIC\".\"TAG\"");
        int line = (int) script.substring(0, cut).chars().filter(c -> c == '\n').count() + 1;
        Path craftedBackup = rewritten(backup, garbage(), script.substring(0, cut) + statement + "\n" + script.substring(cut));

        Path db = dir.resolve("store/zhibiao");
        try (Store store = Store.open(db)) {
            store.tags().create("current", "#222222");
        }
        byte[] before = Files.readAllBytes(StoreFile.dataFile(StoreFile.location(db)));
        BackupException e = assertThrows(BackupException.class, () -> new Backups(db, 10).restore(craftedBackup));
        assertTrue(e.getMessage().contains("its SQL script is not one Zhibiao writes: line " + line + " holds "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("Nothing was changed."), e.getMessage());
        assertFalse(Files.exists(marker), "nothing of the script ran");
        assertArrayEquals(before, Files.readAllBytes(StoreFile.dataFile(StoreFile.location(db))));
        try (Stream<Path> left = Files.list(db.getParent())) {
            assertEquals(List.of("zhibiao.mv.db"), left.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("backups")).toList(), "not even H2's trace file");
        }
        assertEquals(List.of(), new Backups(db, 10).list(), "not even the safety copy: nothing was replaced");
    }

    @Test
    void aScriptThatIsNotQuiteOursNamesWhatIsWrong() throws Exception {
        String script = scriptOf(backup);
        String refusal = refusal(script.replaceFirst("TIMESTAMP '(\\d{4})", "TIMESTAMP 'x$1"));
        assertTrue(refusal.contains("a time that is not one"), refusal);
        refusal = refusal(script.replace("\"flyway_schema_history\"(", "\"flyway_schema_history_x\"("));
        assertTrue(refusal.contains("a table Zhibiao does not make (\"flyway_schema_history_x\")"), refusal);
        refusal = refusal(script.replaceAll("INSERT INTO \"PUBLIC\".\"flyway_schema_history\"[^;]*;", ""));
        assertTrue(refusal.contains("names no schema version"), refusal);
        refusal = refusal(script.replaceFirst("'(initial schema)'", "'$1"));
        assertTrue(refusal.contains("holds "), refusal);
    }

    private String refusal(String script) throws IOException {
        Path crafted = rewritten(backup, garbage(), script);
        Path db = dir.resolve("store-" + Math.abs(script.hashCode()) + "/zhibiao");
        return assertThrows(BackupException.class, () -> new Backups(db, 10).restore(crafted)).getMessage();
    }

    @Test
    void aBackupWithADamagedStoreFileAndNoScriptIsRefusedAsBefore() throws Exception {
        Path old = dir.resolve("old.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(old))) {
            out.putNextEntry(new ZipEntry("zhibiao.mv.db"));
            out.write(garbage());
        }
        BackupException e = assertThrows(BackupException.class,
                () -> new Backups(dir.resolve("store/zhibiao"), 10).restore(old));
        assertTrue(e.getMessage().contains("is damaged: the store in it does not open"), e.getMessage());
    }
}
