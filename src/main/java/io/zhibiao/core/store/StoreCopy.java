package io.zhibiao.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Copies every row of a store into an empty store of the same schema version (a store file into a new team
 * store), in one transaction of the target: a failure or a cancel at any row leaves the target as empty as it
 * was. Rows keep their ids, so every reference between them (an indicator's document, an audit event's
 * entity, a document's previous version, ids in messages and exports) stays true; the identity columns then
 * go on after the largest id copied, as they would have in the source.
 *
 * <p>Why rows and not the work file: a work file carries the analysts' work, keyed by the report's hash, and
 * needs the reports imported first; extraction would number the engine's rows anew and could find other
 * rows with another catalog. The copy takes what the source holds, engine rows, texts and trash included. The
 * SQL names only tables and columns of the expected schema ({@link ExpectedSchema}), plain names checked,
 * which H2 and PostgreSQL read alike unquoted; every value is bound.
 */
public final class StoreCopy {
    /** Tables that belong to the schema's machinery, not to the store's content. */
    private static final String HISTORY = "FLYWAY_SCHEMA_HISTORY";
    /** Reference data both stores fill from the bundled gazetteer: copied only when the target has none. */
    private static final String REGION = "REGION";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern KEY = Pattern.compile("([A-Za-z_0-9]+)\\(([^)]*)\\)");
    private static final Pattern REFERENCES = Pattern.compile("REFERENCES ([A-Za-z_0-9]+)");
    private static final int BATCH_ROWS = 500;
    private static final long BATCH_CHARS = 8L << 20;

    /** Told after every batch; may throw to stop the copy, which then rolls back. */
    public interface Progress {
        Progress NONE = (table, rows) -> { };

        void copied(String table, long rows);
    }

    /** Rows copied per table, in the order they were copied (lower-case table names). */
    public record Result(Map<String, Long> rows) {
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private StoreCopy() {
    }

    /**
     * The tables of {@code store} that hold rows (all but the schema's history and the gazetteer), each with
     * its count; the target of a copy must have none.
     */
    public static Map<String, Long> contentRows(Store store) {
        return store.jdbc().call("count the rows of the store", c -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : tablesInOrder(expected())) {
                if (!table.equals(REGION)) {
                    counts.put(table.toLowerCase(java.util.Locale.ROOT), count(c, table));
                }
            }
            return counts;
        });
    }

    /**
     * Copies {@code source} into {@code target}, which must hold no content rows (checked again inside the
     * transaction). Both stores must have this version's schema, as {@link Store#open} leaves them.
     *
     * @throws StoreException        if the target holds rows, or a row does not go in (nothing was written)
     * @throws CancellationException if {@code cancelled} turned true (nothing was written)
     */
    public static Result copy(Store source, Store target, Progress progress, BooleanSupplier cancelled) {
        return copy(source, target, null, progress, cancelled);
    }

    /**
     * As {@link #copy(Store, Store, Progress, BooleanSupplier)}, and puts {@code catalogLayer} (the source's
     * catalog layer as CSV text; null or empty for none) into the target's catalog in the same transaction.
     */
    public static Result copy(Store source, Store target, String catalogLayer, Progress progress,
                              BooleanSupplier cancelled) {
        Set<String> expected = expected();
        List<String> tables = tablesInOrder(expected);
        return source.jdbc().call("read the store " + source.describe(), from ->
                target.jdbc().atomically("copy into the store " + target.describe(), to -> {
                    Map<String, Long> copied = new LinkedHashMap<>();
                    refuseContent(to, tables, target);
                    for (String table : tables) {
                        if (table.equals(REGION) && count(to, REGION) > 0) {
                            continue;
                        }
                        long rows = copyTable(from, to, expected, table, progress, cancelled);
                        long there = count(to, table);
                        if (there != rows) {
                            throw new StoreException("The copy of table " + table.toLowerCase(java.util.Locale.ROOT)
                                    + " holds " + there + " rows instead of " + rows + "; nothing was copied.");
                        }
                        copied.put(table.toLowerCase(java.util.Locale.ROOT), rows);
                    }
                    restartIdentities(to, expected);
                    // a store file keeps its layer beside it, not in its (empty) catalog_layer table
                    if (catalogLayer != null && !catalogLayer.isEmpty()) {
                        CatalogLayerTable.write(to, catalogLayer, target.user().orElse(""));
                    }
                    return new Result(copied);
                }));
    }

    private static void refuseContent(Connection to, List<String> tables, Store target) throws SQLException {
        List<String> filled = new ArrayList<>();
        for (String table : tables) {
            long n = table.equals(REGION) ? 0 : count(to, table);
            if (n > 0) {
                filled.add(n + " " + table.toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (!filled.isEmpty()) {
            throw new StoreNotEmptyException(target.describe(), filled);
        }
    }

    private static long copyTable(Connection from, Connection to, Set<String> expected, String table,
                                  Progress progress, BooleanSupplier cancelled) throws SQLException {
        List<String> columns = columns(expected, table);
        String list = String.join(", ", columns);
        String select = "SELECT " + list + " FROM " + plain(table) + " ORDER BY " + primaryKey(expected, table);
        String insert = "INSERT INTO " + plain(table) + " (" + list + ") VALUES ("
                + "?, ".repeat(columns.size() - 1) + "?)";
        long rows = 0;
        try (Statement st = from.createStatement(); PreparedStatement ps = to.prepareStatement(insert)) {
            st.setFetchSize(BATCH_ROWS);
            try (ResultSet rs = st.executeQuery(select)) {
                ResultSetMetaData md = rs.getMetaData();
                int batch = 0;
                long chars = 0;
                while (rs.next()) {
                    for (int i = 1; i <= columns.size(); i++) {
                        chars += bind(rs, md.getColumnType(i), ps, i);
                    }
                    ps.addBatch();
                    rows++;
                    if (++batch >= BATCH_ROWS || chars >= BATCH_CHARS) {
                        flush(ps, table, rows, progress, cancelled);
                        batch = 0;
                        chars = 0;
                    }
                }
                if (batch > 0) {
                    flush(ps, table, rows, progress, cancelled);
                }
            }
        }
        return rows;
    }

    private static void flush(PreparedStatement ps, String table, long rows, Progress progress,
                              BooleanSupplier cancelled) throws SQLException {
        ps.executeBatch();
        progress.copied(table.toLowerCase(java.util.Locale.ROOT), rows);
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("The copy was cancelled; nothing was copied.");
        }
    }

    /**
     * Binds one value; times as local date-times (the columns hold UTC without a zone), so that no time zone
     * of this computer shifts them on the way. Returns the characters bound, to size the batches.
     */
    private static long bind(ResultSet rs, int type, PreparedStatement ps, int i) throws SQLException {
        Object value = switch (type) {
            case Types.TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
            case Types.DATE -> rs.getObject(i, LocalDate.class);
            default -> rs.getObject(i);
        };
        if (value == null) {
            ps.setNull(i, type);
            return 0;
        }
        ps.setObject(i, value);
        return value instanceof String s ? s.length() : 8;
    }

    /** Identity columns go on after the largest id copied. */
    private static void restartIdentities(Connection to, Set<String> expected) throws SQLException {
        for (String column : ScriptSchema.identityColumns(expected)) {
            String table = column.substring(0, column.indexOf('.'));
            String name = column.substring(column.indexOf('.') + 1);
            String max = "SELECT MAX(" + plain(name) + ") FROM " + plain(table);
            long next = 1;
            try (Statement st = to.createStatement(); ResultSet rs = st.executeQuery(max)) {
                if (rs.next() && rs.getObject(1) != null) {
                    next = rs.getLong(1) + 1;
                }
            }
            String restart = "ALTER TABLE " + plain(table) + " ALTER COLUMN " + plain(name) + " RESTART WITH " + next;
            try (Statement st = to.createStatement()) {
                st.execute(restart);
            }
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        String sql = "SELECT COUNT(*) FROM " + plain(table);
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Set<String> expected() {
        return ExpectedSchema.fromResource(SchemaVersion.LATEST).orElseThrow();
    }

    /** The content tables, each after the tables its foreign keys refer to. */
    static List<String> tablesInOrder(Set<String> expected) {
        Map<String, Set<String>> refersTo = new LinkedHashMap<>();
        for (String table : ScriptSchema.tables(expected)) {
            if (!table.equalsIgnoreCase(HISTORY)) {
                refersTo.put(table, new java.util.TreeSet<>());
            }
        }
        for (String line : expected) {
            if (SchemaFingerprint.kind(line).equals("foreign key")) {
                Matcher key = KEY.matcher(SchemaFingerprint.name(line));
                Matcher ref = REFERENCES.matcher(SchemaFingerprint.definition(line));
                if (key.matches() && ref.find() && !key.group(1).equals(ref.group(1))) {
                    refersTo.get(key.group(1)).add(ref.group(1));
                }
            }
        }
        List<String> order = new ArrayList<>();
        while (order.size() < refersTo.size()) {
            int before = order.size();
            for (Map.Entry<String, Set<String>> t : refersTo.entrySet()) {
                if (!order.contains(t.getKey()) && order.containsAll(t.getValue())) {
                    order.add(t.getKey());
                }
            }
            if (order.size() == before) {
                throw new IllegalStateException("foreign keys in a cycle: " + refersTo);
            }
        }
        return order;
    }

    /** The table's columns, named as in the expected schema. */
    private static List<String> columns(Set<String> expected, String table) {
        return expected.stream().filter(l -> SchemaFingerprint.kind(l).equals("column"))
                .map(SchemaFingerprint::name).filter(n -> n.startsWith(table + "."))
                .map(n -> plain(n.substring(table.length() + 1))).sorted().toList();
    }

    /**
     * The primary key's columns: rows go in in the order of their ids, so that a document's previous version,
     * which has a smaller id, is there before the document that refers to it.
     */
    private static String primaryKey(Set<String> expected, String table) {
        for (String line : expected) {
            if (SchemaFingerprint.kind(line).equals("primary key")) {
                Matcher key = KEY.matcher(SchemaFingerprint.name(line));
                if (key.matches() && key.group(1).equals(table)) {
                    return String.join(", ", java.util.Arrays.stream(key.group(2).split(",")).map(String::strip)
                            .map(StoreCopy::plain).toList());
                }
            }
        }
        return String.join(", ", columns(expected, table));
    }

    /** A name of the expected schema, checked plain, so that it can stand unquoted in SQL on both engines. */
    private static String plain(String name) {
        if (!PLAIN.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain name: " + name);
        }
        return name;
    }
}
