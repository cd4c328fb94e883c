package io.zhibiao.core.store;

import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;

/**
 * The embedded H2 file. One connection is held for the store's whole life: it holds H2's file lock, so a
 * second process fails fast with {@link StoreInUseException}, and keeps the database open between calls.
 * Each operation then takes its own short connection to the already open database.
 */
final class H2Engine implements StoreEngine {
    /** Ends every explicit transaction: see {@link #makeDurable}. */
    static final String CHECKPOINT = "CHECKPOINT SYNC";

    private final Path location;
    private final JdbcDataSource dataSource;
    /** Guards {@link #keeper}: a flush and a reconnection after a failed write take turns. */
    private final Object keeperLock = new Object();
    /** Held from open to close; replaced only by {@link #beginBulkWrites} after H2 closed it. */
    private Connection keeper;
    private boolean closed;

    H2Engine(Path location, JdbcDataSource dataSource, Connection keeper) {
        this.location = location;
        this.dataSource = dataSource;
        this.keeper = keeper;
    }

    @Override
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /**
     * H2 writes committed transactions to the file in the background, up to half a second later. That
     * is right for bulk import (a killed import is simply completed by the next one), but an analyst's
     * change must be on disk before the UI shows it as saved: explicit transactions, which is how review
     * actions are written, therefore end with {@code CHECKPOINT SYNC}, which writes the commit to the file
     * and forces the file to the disk (a plain {@code CHECKPOINT} leaves it in the operating system's cache,
     * where a kill cannot lose it but a power cut can). Measured with {@code VerdictCommitBenchmark}: see
     * README, Benchmarks.
     */
    @Override
    public void makeDurable(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(CHECKPOINT);
        }
    }

    /**
     * Runs on the connection held since the store opened, so it fails when H2 closed the database after a
     * failed write (it does, on a full disk) and a later call reopened it from the file: commits made before
     * may then be lost, and this must not vouch for them.
     */
    @Override
    public void flush() {
        synchronized (keeperLock) {
            try {
                makeDurable(keeper);
            } catch (SQLException e) {
                throw Jdbc.failure("write the store to disk", e);
            }
        }
    }

    /**
     * When a write fails (a full disk), H2 closes the database and with it the connection held since the
     * store opened; every flush on it fails from then on, so that commits made before the failure are never
     * vouched for. A new run of bulk writes has nothing of an earlier one to vouch for (what that run reported
     * had been flushed, and it reported the rest as not written), so it may hold a new connection: this opens
     * one when the held one is closed, and does nothing otherwise. Without it, the workbench, which keeps its
     * store open all day, could import nothing after a full disk until it was restarted.
     */
    @Override
    public void beginBulkWrites() {
        synchronized (keeperLock) {
            if (closed) {
                throw new StoreException("The store at " + location + " is closed.");
            }
            try {
                // isValid is no test: it stays true on a session whose database H2 closed
                makeDurable(keeper);
                return;
            } catch (SQLException closedOrFailing) {
                closeQuietly(keeper);
                LoggerFactory.getLogger(Store.class).info("The store's file failed earlier; opening it again");
            }
            try {
                keeper = dataSource.getConnection();
            } catch (SQLException e) {
                throw Jdbc.failure("open the store again after a failed write", e);
            }
        }
    }

    @Override
    public Path backUp(Path location, String reason, Instant at) {
        try (Connection connection = connection()) {
            return StoreBackups.write(connection, location, reason, at);
        } catch (SQLException e) {
            throw Jdbc.failure("back up the store", e);
        }
    }

    @Override
    public Optional<TeamUrl> server() {
        return Optional.empty();
    }

    @Override
    public Optional<String> user() {
        return Optional.empty();
    }

    @Override
    public void close() {
        synchronized (keeperLock) {
            closed = true;
            try {
                keeper.close();
            } catch (SQLException e) {
                String why = StorageFailure.in(e).map(StorageFailure::reason).orElse(e.getMessage());
                throw new StoreException("Could not close the store at " + location + ": " + why, e);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // already failed; a new connection follows
        }
    }
}
