package io.zhibiao.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * A team store's catalog layer, kept in its one row of {@code catalog_layer} (see migration V8) as the CSV text
 * a store file keeps in its catalog file, so that every analyst of the team extracts with the same catalog.
 * It knows nothing of the catalog's content: the catalog's own code parses, changes and checks the text.
 *
 * <p>While the store follows the team ({@link Store#followOthers}), the layer is kept in memory and read again
 * on the listener's thread when a colleague's catalog notice arrives or the connection comes back: the
 * workbench asks for the catalog on the JavaFX thread (names in the compare table, the panes' dialogs), which
 * must neither wait for the server nor fail while it is away. Without following, each read asks the server.
 */
public final class CatalogLayerTable {
    private static final String READ = "SELECT layer_csv, version, updated_by, updated_at FROM catalog_layer WHERE id = 1";
    private static final String READ_LOCKED = READ + " FOR UPDATE";
    private static final String WRITE = "UPDATE catalog_layer SET layer_csv = ?, version = version + 1, updated_at = ?, "
            + "updated_by = ? WHERE id = 1";
    private static final String FIRST = "INSERT INTO catalog_layer (layer_csv, updated_at, updated_by, id, version) "
            + "VALUES (?, ?, ?, 1, 1)";

    /** The layer as stored: its text, how many changes made it, who made the last one and when (null: none yet). */
    public record Layer(String csv, long version, String updatedBy, Instant updatedAt) {
    }

    /** A change of the layer, given the layer as it is under the row lock. */
    public interface Change {
        /** The new text, or null to leave the layer as it is; throws to refuse (nothing is written). */
        String apply(Layer locked);
    }

    private final Jdbc jdbc;
    private final String user;
    private volatile boolean following;
    /** The layer as last read or written while following; null: read it from the server. */
    private volatile Layer kept;
    /** A colleague's change may not be in {@link #kept}: the next read asks the server, and keeps it if it is away. */
    private volatile boolean stale;

    CatalogLayerTable(Jdbc jdbc, String user) {
        this.jdbc = jdbc;
        this.user = user;
    }

    public Layer read() {
        Layer layer = kept;
        if (layer != null && !stale) {
            return layer;
        }
        try {
            Layer fresh = jdbc.call("read the team's catalog", c -> read(c, false));
            if (following) {
                kept = fresh;
                stale = false;
            }
            return fresh;
        } catch (StoreException e) {
            if (layer != null) {
                // the server is away: the catalog as last read, rather than no names at all
                return layer;
            }
            throw e;
        }
    }

    /** From now on the layer is kept in memory and {@link #refresh refreshed} by the team's notices. */
    void follow() {
        following = true;
        kept = null;
    }

    /**
     * Reads the layer again after a colleague changed it (or notices may have been missed); if the server cannot
     * be reached, the next read asks it again.
     */
    void refresh() {
        try {
            kept = jdbc.call("read the team's catalog", c -> read(c, false));
            stale = false;
        } catch (StoreException e) {
            stale = true;
        }
    }

    /**
     * Runs {@code change} on the layer locked for this transaction (another analyst's change waits, and then
     * sees this one's), writes its text under the next version and the database user's name, and tells the
     * other workbenches, all in one transaction. Returns the layer as it then stands.
     */
    public Layer update(Change change) {
        Layer updated;
        try {
            updated = tryUpdate(change);
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && Jdbc.UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                // another analyst's first change made the row meanwhile: there is a row to lock now
                updated = tryUpdate(change);
            } else {
                throw e;
            }
        }
        if (following) {
            kept = updated;
            stale = false;
        }
        return updated;
    }

    private Layer tryUpdate(Change change) {
        return jdbc.atomically("change the team's catalog", c -> {
            Layer locked = read(c, true);
            String csv = change.apply(locked);
            if (csv == null || csv.equals(locked.csv())) {
                return locked;
            }
            if (locked.version() == 0) {
                // no row to lock yet: only an INSERT, so that a colleague's first change made meanwhile fails it
                // (and this change is re-applied on theirs) instead of an UPDATE overwriting it unseen
                first(c, csv, user);
            } else {
                next(c, csv, user);
            }
            jdbc.announce(c, TeamChange.catalog());
            return read(c, false);
        });
    }

    /** Writes the layer's next version on {@code c} (also a migration's copy, into a store being filled). */
    static void write(Connection c, String csv, String user) throws SQLException {
        if (!next(c, csv, user)) {
            first(c, csv, user);
        }
    }

    /** Writes the next version over the row; false when there is no row. */
    private static boolean next(Connection c, String csv, String user) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(WRITE)) {
            bind(ps, csv, user);
            return ps.executeUpdate() == 1;
        }
    }

    private static void first(Connection c, String csv, String user) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FIRST)) {
            bind(ps, csv, user);
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, String csv, String user) throws SQLException {
        ps.setString(1, csv);
        JdbcValues.setInstant(ps, 2, Instant.now());
        ps.setString(3, user);
    }

    /** The layer as stored; no row is an empty layer, version 0 (nothing taught yet). */
    static Layer read(Connection c, boolean lock) throws SQLException {
        try (PreparedStatement ps = lock ? c.prepareStatement(READ_LOCKED) : c.prepareStatement(READ);
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return new Layer("", 0, "", null);
            }
            return new Layer(rs.getString(1), rs.getLong(2), rs.getString(3), JdbcValues.getInstant(rs, 4));
        }
    }
}
