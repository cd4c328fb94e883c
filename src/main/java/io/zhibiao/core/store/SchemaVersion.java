package io.zhibiao.core.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Whether the store's schema is already at the newest migration. Flyway needs about half a second to
 * load and scan the jar on every start; when the history table says the schema is current and nothing
 * failed, the workbench opens without it. {@link #LATEST} must name the newest file in
 * {@code db/migration} (a test checks it), so a new migration always runs.
 */
final class SchemaVersion {
    static final int LATEST = 8;

    private SchemaVersion() {
    }

    static boolean isCurrent(Connection c) {
        return isCurrent(c, LATEST);
    }

    /** Whether the store has the {@code latest} schema version and no failed migration. */
    static boolean isCurrent(Connection c, int latest) {
        try {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet tables = meta.getTables(null, c.getSchema(), "flyway_schema_history", null)) {
                if (!tables.next()) {
                    return false;
                }
            }
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                         + " WHERE \"version\" IS NOT NULL")) {
                int newest = 0;
                while (rs.next()) {
                    if (!rs.getBoolean(2)) {
                        return false;
                    }
                    newest = Math.max(newest, Integer.parseInt(rs.getString(1)));
                }
                return newest == latest;
            }
        } catch (SQLException | NumberFormatException e) {
            return false;
        }
    }

    /** The newest schema version applied to the store, 0 when none is recorded. */
    static int applied(Connection c) {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                     + " WHERE \"version\" IS NOT NULL AND \"success\"")) {
            int newest = 0;
            while (rs.next()) {
                newest = Math.max(newest, Integer.parseInt(rs.getString(1)));
            }
            return newest;
        } catch (SQLException | NumberFormatException e) {
            return 0;
        }
    }

    /** Whether the store holds any table of its own: a brand-new store has nothing to back up. */
    static boolean hasTables(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_SCHEMA = CURRENT_SCHEMA")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }
}
