package io.zhibiao.core.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Refuses a team store's schema that is not Zhibiao's before anything is migrated into it. A database on a
 * server is shared: its schema may hold another application's tables, and migrating over them, or reading
 * them as documents, would damage both. The H2 file guard ({@link SchemaGuard}) does not apply (the server
 * runs no code from a file Zhibiao opens); what is compared here are the tables and columns of the
 * connection's current schema, and any trigger on them, with those the store's schema version has.
 */
final class TeamSchemaGuard {
    private static final int LISTED = 5;

    private TeamSchemaGuard() {
    }

    /**
     * @throws UnsafeStoreException if the schema holds a table, column or trigger Zhibiao's migrations do not
     *                              make, or lacks one they make
     * @throws StoreException       if its schema version is newer than this version of Zhibiao knows
     */
    static void check(Connection c, TeamUrl url, List<String> locations, int latest) throws SQLException {
        String schema = currentSchema(c);
        Set<String> tables = names(c, "SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = current_schema()");
        if (tables.isEmpty()) {
            return; // a new, empty database: the migrations make the store
        }
        Set<String> expectedTables = of(expected(url, locations, latest), "table");
        Set<String> foreign = new TreeSet<>(tables);
        foreign.removeAll(expectedTables);
        if (!foreign.isEmpty()) {
            throw refused(url, "its schema " + schema + " holds " + listed(foreign, "table")
                    + " that Zhibiao does not create: it belongs to another application, and Zhibiao neither reads "
                    + "nor changes it. Give the team store a database of its own (createdb zhibiao), or a schema of "
                    + "its own (?currentSchema=NAME in the URL)");
        }
        if (!tables.contains("FLYWAY_SCHEMA_HISTORY")) {
            throw refused(url, "its schema " + schema + " holds tables named like Zhibiao's but no record of "
                    + "Zhibiao's migrations (flyway_schema_history); it is not a store Zhibiao made");
        }
        int version = SchemaVersion.applied(c);
        Set<String> expected = expected(url, locations, version);
        compare(url, "table", tables, of(expected, "table"), version);
        Set<String> columns = names(c, "SELECT table_name || '.' || column_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema()");
        compare(url, "column", columns, of(expected, "column"), version);
        Set<String> triggers = names(c, "SELECT trigger_name || ' ON ' || event_object_table"
                + " FROM information_schema.triggers WHERE trigger_schema = current_schema()");
        if (!triggers.isEmpty()) {
            throw refused(url, "it holds " + listed(triggers, "trigger") + " that Zhibiao does not create; it may "
                    + "run code on every change");
        }
    }

    private static void compare(TeamUrl url, String kind, Set<String> actual, Set<String> expected, int version) {
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        if (!extra.isEmpty()) {
            throw refused(url, "it holds " + listed(extra, kind) + " that Zhibiao does not create");
        }
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        if (!missing.isEmpty()) {
            throw refused(url, "it lacks " + listed(missing, kind) + " that schema version " + version
                    + " has; it is not a store Zhibiao made");
        }
    }

    private static Set<String> expected(TeamUrl url, List<String> locations, int version) {
        return ExpectedSchema.of(locations, version).orElseThrow(() -> new StoreException("The team store ("
                + url.describe() + ") has schema version " + version + ", which this version of Zhibiao does not "
                + "know (a newer version made it), so it was not opened."));
    }

    /** The names of one kind in a fingerprint, upper-cased as PostgreSQL's lower-case ones are compared. */
    private static Set<String> of(Set<String> fingerprint, String kind) {
        return fingerprint.stream().filter(l -> SchemaFingerprint.kind(l).equals(kind))
                .map(l -> SchemaFingerprint.name(l).toUpperCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> names(Connection c, String sql) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1).toUpperCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static String currentSchema(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT current_schema()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String listed(Set<String> names, String kind) {
        String shown = names.stream().limit(LISTED).map(n -> n.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        String more = names.size() > LISTED ? " and " + (names.size() - LISTED) + " more" : "";
        return (names.size() == 1 ? "a " + kind + " (" : names.size() + " " + kind + "s (") + shown + more + ")";
    }

    private static UnsafeStoreException refused(TeamUrl url, String why) {
        return new UnsafeStoreException(url.describe(), why);
    }
}
