package io.zhibiao.core.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * What differs between the two engines a store runs on, kept here so that the DAOs and {@link Store} hold
 * none of it: the embedded H2 file ({@link H2Engine}) and a team store on a PostgreSQL server
 * ({@link PostgresEngine}). The schema, the migrations and every DAO statement are the same on both.
 */
interface StoreEngine {
    /** A connection for one operation or one transaction; the caller closes it. */
    Connection connection() throws SQLException;

    /**
     * Makes the transaction just committed on {@code c} survive a crash before the analyst sees it as saved.
     */
    void makeDurable(Connection c) throws SQLException;

    /** Makes every commit so far durable; bulk work calls it before it reports what it wrote. */
    void flush();

    /** Prepares for a run of bulk writes (an import) whose commits {@link #flush} then vouches for. */
    void beginBulkWrites();

    /** Copies the store into a new backup file beside {@code location}. */
    Path backUp(Path location, String reason, Instant at);

    /** The server of a team store; empty for a store file. */
    Optional<TeamUrl> server();

    /** The database user a team store was opened as; empty for a store file, which has no users. */
    Optional<String> user();

    /**
     * Tells the other processes of a team store about a write on {@code c}; delivered when its transaction
     * commits. A store file has no other processes: nothing to do.
     */
    default void announce(Connection c, String payload) throws SQLException {
    }

    /** Where a team store's notice listener gets its own connections; empty for a store file. */
    default Optional<Jdbc.ConnectionSource> noticeConnections() {
        return Optional.empty();
    }

    /**
     * Whether the analyst may assign documents to others and mark them for second review: anyone on a store
     * file (one analyst's); on a team store, see {@link PostgresEngine#isLead}.
     */
    default boolean isLead(Connection c) throws SQLException {
        return true;
    }

    /** Releases what the engine holds; H2 closes the file once calls still running have finished. */
    void close();
}
