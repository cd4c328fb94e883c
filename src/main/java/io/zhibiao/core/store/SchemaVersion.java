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
    static final int LATEST = 2;

    private SchemaVersion() {
    }

    static boolean isCurrent(Connection c) {
        try {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet tables = meta.getTables(null, null, "flyway_schema_history", null)) {
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
                return newest == LATEST;
            }
        } catch (SQLException | NumberFormatException e) {
            return false;
        }
    }
}
