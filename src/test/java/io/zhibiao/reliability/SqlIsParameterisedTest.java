package io.zhibiao.reliability;

import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.search.CorpusSearch;
import io.zhibiao.core.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SQL text is made of literals and constants only; every value travels as a bound parameter. Checked twice:
 * in the sources (every JDBC call's SQL argument), and at run time (the SQL the database actually received
 * while hostile text was imported, searched and tagged never contains that text).
 */
class SqlIsParameterisedTest {
    /**
     * The SQL arguments that are not plain constants, each with why no value can reach it. A new entry
     * needs the same kind of reason; a value from a user, a file or the store never qualifies.
     */
    private static final Map<String, String> JUSTIFIED = new TreeMap<>(Map.ofEntries(
            Map.entry("io/zhibiao/core/store/DocumentDao.java: RegionFilter.documentIds(1)",
                    "a constant sub-select with placeholders(n): only `?, ?`"),
            Map.entry("io/zhibiao/core/store/PortableDao.java: sql", "a constant SELECT with a constant WHERE"),
            Map.entry("io/zhibiao/core/store/SchemaFingerprint.java: q",
                    "one of the constant INFORMATION_SCHEMA queries in QUERIES"),
            Map.entry("io/zhibiao/core/store/PortableDao.java: assignments",
                    "joined from the constant VALUE_COLUMNS"),
            Map.entry("io/zhibiao/core/store/SeriesQueries.java: IndicatorRows.placeholders(chunk.size()",
                    "placeholders(n): only `?, ?`"),
            Map.entry("io/zhibiao/core/store/AuditDao.java: sql", "callers pass SELECT + a constant WHERE + ORDER"),
            Map.entry("io/zhibiao/core/store/CorpusTextQueries.java: sql", "literals plus `hay`, one of two constant "
                    + "column expressions chosen by a boolean"),
            Map.entry("io/zhibiao/core/store/DocumentDao.java: where", "callers pass constant WHERE clauses with ?"),
            Map.entry("io/zhibiao/core/store/DocumentDao.java: column", "one of the column-name constants of DocumentDao"),
            Map.entry("io/zhibiao/core/store/IndicatorDao.java: sql", "constants, with a boolean choosing a constant filter,"
                    + " or a constant SELECT with placeholders(n): only `?, ?`"),
            Map.entry("io/zhibiao/core/store/CorpusTextQueries.java: hay", "a constant column, or TextFolding.sql of it:"
                    + " TRANSLATE between two strings built from the fixed range U+FF01..U+FF5E, then UPPER"),
            Map.entry("io/zhibiao/core/store/ReviewDao.java: IndicatorRows.placeholders(documentIds.size()",
                    "placeholders(n): only `?, ?`"),
            Map.entry("io/zhibiao/core/store/IndicatorDao.java: statement",
                    "callers pass one of the constant *_UPDATE statements"),
            Map.entry("io/zhibiao/core/store/Store.java: sql", "the constants listed in ReviewStatements.ALL"),
            Map.entry("io/zhibiao/core/store/PostgresEngine.java: sql",
                    "SELECT pg_advisory_lock(?) or pg_advisory_unlock(?), the lock's key bound"),
            Map.entry("io/zhibiao/core/store/TeamSchemaGuard.java: sql",
                    "the guard's three constant information_schema queries"),
            Map.entry("io/zhibiao/core/store/ReviewDao.java: assignments", "joined from the constant VALUE_COLUMNS"),
            Map.entry("io/zhibiao/core/store/SeriesQueries.java: sql", "a constant plus placeholders(n): only `?, ?`"),
            Map.entry("io/zhibiao/core/store/TagDao.java: sql", "callers pass literal SELECTs"),
            Map.entry("io/zhibiao/core/store/TeamDao.java: insert", "callers pass literal INSERTs"),
            Map.entry("io/zhibiao/core/store/TeamDao.java: sql", "callers pass literal SELECTs and DELETEs; the "
                    + "trash filter LIVE is formatted with the literal name of the query's own table"),
            Map.entry("io/zhibiao/core/store/StoreScript.java: sql", "ALTER TABLE, INSERT and SELECT MAX naming only "
                    + "tables and columns of the expected schema (ScriptSchema: db/schema/v<N>.txt, plain identifiers "
                    + "checked); every value of a backup's script is bound"),
            Map.entry("io/zhibiao/core/store/StoreCopy.java: insert", "INSERT naming a table and columns of the "
                    + "expected schema (db/schema/v<N>.txt, plain names checked) with one ? per column"),
            Map.entry("io/zhibiao/core/store/StoreCopy.java: select", "SELECT of a table and columns of the expected "
                    + "schema, ordered by its primary key columns, plain names checked"),
            Map.entry("io/zhibiao/core/store/StoreCopy.java: max", "SELECT MAX of an identity column of the expected "
                    + "schema"),
            Map.entry("io/zhibiao/core/store/StoreCopy.java: restart", "ALTER TABLE ... RESTART WITH a long the code "
                    + "computed, on a table and identity column of the expected schema"),
            Map.entry("io/zhibiao/core/store/StoreCopy.java: sql", "SELECT COUNT(*) of a table of the expected schema"),
            Map.entry("io/zhibiao/core/store/StoreScript.java: restart", "ALTER TABLE ... RESTART WITH a long the code "
                    + "computed, on a table and column of the expected schema")));

    @TempDir
    Path dir;

    @Test
    void everyJdbcCallBuildsItsSqlFromConstantsOnly() {
        List<String> unexplained = new ArrayList<>();
        for (SqlTextScan.Finding f : SqlTextScan.scan(Path.of("src/main/java"))) {
            if (!JUSTIFIED.containsKey(f.key())) {
                unexplained.add(f.file() + ":" + f.line() + " builds SQL from `" + f.part() + "`");
            }
        }
        assertEquals(List.of(), unexplained, "bind values with ? instead, or justify the part in JUSTIFIED");
    }

    @Test
    void theScanSeesConcatenatedValues() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/x"));
        Files.writeString(src.resolve("Bad.java"), "import java.sql.*;\nclass Bad { void f(Connection c, String name) "
                + "throws Exception {\n c.prepareStatement(\"SELECT * FROM tag WHERE name = '\" + name + \"'\");\n"
                + " c.createStatement().executeQuery(\"SELECT 1 FROM \" + TABLE);\n c.prepareStatement(SQL, "
                + "Statement.RETURN_GENERATED_KEYS);\n } }\n");
        List<SqlTextScan.Finding> found = SqlTextScan.scan(dir.resolve("src"));
        assertEquals(List.of("x/Bad.java: name"), found.stream().map(SqlTextScan.Finding::key).toList());
        assertEquals(3, found.get(0).line());
    }

    @Test
    void hostileTextNeverReachesTheSqlTheDatabaseReceives() throws Exception {
        String canary = "ZB'canary\"--";
        Path report = Files.writeString(dir.resolve("report-" + "canary" + ".txt"),
                "咸宁市2023年政府工作报告\n" + canary + "地区生产总值增长6.5%。'); DROP TABLE document; --\n");
        try (Store store = Store.open(dir.resolve("store/zhibiao"));
             Connection spy = DriverManager.getConnection("jdbc:h2:file:" + store.location(), "sa", "")) {
            try (Statement st = spy.createStatement()) {
                st.execute("SET QUERY_STATISTICS_MAX_ENTRIES 100000");
                st.execute("SET QUERY_STATISTICS TRUE");
            }
            ImportService.withBundledData(store).importPaths(List.of(report), ImportListener.NONE, () -> false);
            long id = store.documents().listSummaries().get(0).id();
            store.documents().findByHash(canary);
            store.documents().findLatestByPath(canary);
            store.tags().create(canary, "#ff0000");
            new CorpusSearch(store).search(canary, 10);
            store.tags().findByName(canary);
            assertTrue(store.documents().findById(id).isPresent());

            List<String> received = new ArrayList<>();
            try (Statement st = spy.createStatement();
                 ResultSet rs = st.executeQuery("SELECT SQL_STATEMENT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
                while (rs.next()) {
                    received.add(rs.getString(1));
                }
            }
            assertTrue(received.size() > 10, "the database saw the application's statements: " + received.size());
            for (String sql : received) {
                assertFalse(sql.contains("canary"), "a value reached the SQL text: " + sql);
                assertFalse(sql.contains("DROP TABLE"), "a value reached the SQL text: " + sql);
            }
        }
    }
}
