package io.zhibiao.core.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The store as SQL text, carried by every backup beside the store file: H2 minor versions cannot read each
 * other's files, but text outlives the file format, so a backup stays restorable after an H2 upgrade.
 *
 * <p>Written by H2's {@code SCRIPT} in one snapshot of the whole store. Read back without ever running it:
 * a script is SQL, and a crafted one could create an alias or trigger that runs code. {@link #restore}
 * first reads the whole script and refuses it unless every statement is of a kind Zhibiao's backups hold
 * ({@link ScriptStatements}); only then does it build the schema of the script's version with the
 * migrations and load the rows, each value bound as a parameter. The result is checked by the
 * {@link SchemaGuard} like any store from elsewhere.
 */
public final class StoreScript {
    /** The name of the script entry in a backup of the store {@code location}: {@code zhibiao.sql}. */
    static String entryName(Path location) {
        return location.getFileName() + ".sql";
    }

    /** The longest value a script may hold: a report of the largest file the importer reads, and more. */
    private static final int MAX_VALUE_CHARS = 1 << 26;
    private static final String HISTORY = "flyway_schema_history";
    /** Rows are sent in batches of this many, or fewer when their text adds up to more than {@link #BATCH_CHARS}. */
    private static final int BATCH_ROWS = 1000;
    private static final long BATCH_CHARS = 8L << 20;

    private StoreScript() {
    }

    /**
     * Writes the script of the database {@code c} is connected to into {@code zipFile}, a zip of one entry.
     * SNAPSHOT isolation makes it one consistent state of all tables while others go on writing. {@code c}
     * must not be inside a transaction; its isolation and auto-commit are put back afterwards.
     */
    static void write(Connection c, Path zipFile) throws SQLException {
        int isolation = c.getTransactionIsolation();
        boolean autoCommit = c.getAutoCommit();
        try (Statement st = c.createStatement();
             PreparedStatement script = c.prepareStatement("SCRIPT COLUMNS NOPASSWORDS NOSETTINGS TO ? COMPRESSION ZIP")) {
            st.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            c.setAutoCommit(false);
            script.setString(1, zipFile.toString());
            script.execute();
            c.commit();
        } finally {
            c.setAutoCommit(autoCommit);
            c.setTransactionIsolation(isolation);
        }
    }

    /** What the first reading of a script found. */
    private record Checked(int version, Set<String> expected, Map<String, Long> restarts) {
    }

    /**
     * Builds a new store at {@code location} (which must not exist yet) from the script in {@code script}.
     *
     * @throws ScriptRefusedException if the script holds anything Zhibiao's backups do not; nothing was written
     * @throws StoreException         if the script cannot be read or its rows do not load (the partial store
     *                                is left for the caller to delete)
     */
    public static void restore(Path script, Path location) {
        location = StoreFile.location(location);
        if (Files.exists(StoreFile.dataFile(location))) {
            throw new IllegalArgumentException("a store exists at " + location);
        }
        Checked checked = check(script);
        String url = StoreFile.url(location);
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            Flyway.configure(StoreScript.class.getClassLoader())
                    .dataSource(url, "sa", "")
                    .locations(ExpectedSchema.MIGRATIONS.toArray(String[]::new))
                    .target(String.valueOf(checked.version()))
                    .load()
                    .migrate();
            load(c, script, checked);
        } catch (SQLException e) {
            throw new StoreException("The rows of the script do not load into a store: " + e.getMessage(), e);
        } catch (FlywayException e) {
            throw new StoreException("Could not build the schema of version " + checked.version() + " for the "
                    + "script: " + e.getMessage(), e);
        }
    }

    /** The first reading: every statement, table, column and value is checked; nothing is written. */
    private static Checked check(Path script) {
        Set<String> tables = ScriptSchema.allTables();
        Map<String, Set<String>> used = new HashMap<>();
        Map<String, Long> restarts = new HashMap<>();
        int version = 0;
        try (InputStream in = open(script)) {
            ScriptStatements statements = new ScriptStatements(new ScriptTokens(in, MAX_VALUE_CHARS), tables);
            for (Object s; (s = statements.next()) != null; ) {
                if (s instanceof ScriptStatements.Schema schema) {
                    schema.identityRestarts().forEach((column, n) -> restarts.put(schema.table() + "." + column, n));
                } else if (s instanceof ScriptStatements.Insert insert) {
                    for (String column : insert.columns()) {
                        if (!ScriptSchema.anyVersionHas(insert.table(), column)) {
                            throw new ScriptRefusedException(insert.line(), "a column Zhibiao does not make ("
                                    + insert.table() + "." + column + ")");
                        }
                    }
                    used.computeIfAbsent(insert.table(), t -> new TreeSet<>()).addAll(insert.columns());
                    for (List<Object> row; (row = statements.nextRow()) != null; ) {
                        if (insert.table().equals(HISTORY)) {
                            version = Math.max(version, appliedVersion(insert, row));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException("Could not read the script " + script + ": " + e.getMessage(), e);
        }
        if (version < 1) {
            throw new ScriptRefusedException("names no schema version (it has no rows of " + HISTORY + ")");
        }
        int v = version;
        Set<String> expected = ExpectedSchema.fromResource(version).orElseThrow(() -> new ScriptRefusedException(
                "has schema version " + v + ", which this version of Zhibiao does not know"));
        for (Map.Entry<String, Set<String>> table : used.entrySet()) {
            for (String column : table.getValue()) {
                if (ScriptSchema.column(expected, table.getKey(), column) == null) {
                    throw new ScriptRefusedException("fills a column that schema version " + version + " does not "
                            + "have (" + table.getKey() + "." + column + ")");
                }
            }
        }
        return new Checked(version, expected, restarts);
    }

    /** The schema version a row of Flyway's history names, 0 for rows that are not a successful migration. */
    private static int appliedVersion(ScriptStatements.Insert insert, List<Object> row) {
        int version = insert.columns().indexOf("version");
        int success = insert.columns().indexOf("success");
        if (version < 0 || success < 0 || !(row.get(version) instanceof String text)
                || !Boolean.TRUE.equals(row.get(success))) {
            return 0;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ScriptRefusedException("names the schema version \"" + text + "\", which is not one");
        }
    }

    /** The second reading: the rows, bound as parameters into the tables the migrations made. */
    private static void load(Connection c, Path script, Checked checked) throws SQLException {
        List<String> tables = ScriptSchema.tables(checked.expected()).stream().filter(t -> !t.equals(HISTORY)).toList();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            // the script lists tables in H2's order, not in the order of their foreign keys: checked at the end
            for (String table : tables) {
                String sql = "ALTER TABLE " + ScriptSchema.quoted(table) + " SET REFERENTIAL_INTEGRITY FALSE";
                st.execute(sql);
            }
        }
        Map<String, PreparedStatement> inserts = new LinkedHashMap<>();
        try (InputStream in = open(script)) {
            ScriptStatements statements = new ScriptStatements(new ScriptTokens(in, MAX_VALUE_CHARS),
                    ScriptSchema.allTables());
            for (Object s; (s = statements.next()) != null; ) {
                if (s instanceof ScriptStatements.Insert insert) {
                    if (insert.table().equals(HISTORY)) {
                        while (statements.nextRow() != null) {
                            // the migrations wrote this store's own history
                        }
                    } else {
                        insertRows(c, insert, statements, inserts, checked.expected());
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException("Could not read the script " + script + ": " + e.getMessage(), e);
        } finally {
            for (PreparedStatement ps : inserts.values()) {
                ps.close();
            }
        }
        restartIdentities(c, checked);
        try (Statement st = c.createStatement()) {
            for (String table : tables) {
                String sql = "ALTER TABLE " + ScriptSchema.quoted(table) + " SET REFERENTIAL_INTEGRITY TRUE CHECK";
                st.execute(sql);
            }
        }
        c.commit();
    }

    private static void insertRows(Connection c, ScriptStatements.Insert insert, ScriptStatements statements,
                                   Map<String, PreparedStatement> inserts, Set<String> expected)
            throws SQLException, IOException {
        String key = insert.table() + insert.columns();
        PreparedStatement ps = inserts.get(key);
        if (ps == null) {
            String sql = ScriptSchema.insert(expected, insert.table(), insert.columns());
            ps = c.prepareStatement(sql);
            inserts.put(key, ps);
        }
        int rows = 0;
        long chars = 0;
        try {
            for (List<Object> row; (row = statements.nextRow()) != null; ) {
                for (int i = 0; i < row.size(); i++) {
                    Object value = row.get(i);
                    if (value == null) {
                        ps.setNull(i + 1, Types.NULL);
                    } else {
                        ps.setObject(i + 1, value);
                        chars += value instanceof String text ? text.length() : 8;
                    }
                }
                ps.addBatch();
                if (++rows >= BATCH_ROWS || chars >= BATCH_CHARS) {
                    ps.executeBatch();
                    c.commit();
                    rows = 0;
                    chars = 0;
                }
            }
            ps.executeBatch();
            c.commit();
        } catch (SQLException e) {
            throw new SQLException("the rows of " + insert.table() + " from line " + insert.line() + ": "
                    + e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
        }
    }

    /**
     * Identity columns go on after the largest id the script loaded or the one its CREATE TABLE names,
     * whichever is larger: ids of deleted rows are never given again, as in the store the script came from.
     */
    private static void restartIdentities(Connection c, Checked checked) throws SQLException {
        for (String column : ScriptSchema.identityColumns(checked.expected())) {
            String table = column.substring(0, column.indexOf('.'));
            String name = column.substring(column.indexOf('.') + 1);
            long next = checked.restarts().getOrDefault(column, 1L);
            String sql = "SELECT MAX(" + ScriptSchema.quotedName(name) + ") FROM " + ScriptSchema.quoted(table);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                BigDecimal max = rs.getBigDecimal(1);
                if (max != null) {
                    next = Math.max(next, max.longValueExact() + 1);
                }
            }
            String restart = "ALTER TABLE " + ScriptSchema.quoted(table) + " ALTER COLUMN "
                    + ScriptSchema.quotedName(name) + " RESTART WITH " + Math.max(1, next);
            try (Statement st = c.createStatement()) {
                st.execute(restart);
            }
        }
    }

    private static InputStream open(Path script) throws IOException {
        return Files.newInputStream(script); // ScriptTokens reads in blocks of its own
    }
}
