package io.zhibiao.core.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Lends connections to the DAOs. Outside a transaction every call gets its own short-lived connection,
 * so the UI thread and background threads never share one (H2 gives each connection its own MVCC
 * session). Inside {@link Store#inTransaction} all calls share the transaction's connection.
 */
final class Jdbc {
    /** SQLSTATE of a unique-constraint violation, the same in H2 and PostgreSQL. */
    static final String UNIQUE_VIOLATION = "23505";
    /** SQLSTATE class of a connection that could not be made or was lost (PostgreSQL's driver). */
    private static final String CONNECTION_FAILURE = "08";

    interface ConnectionSource {
        Connection open() throws SQLException;
    }

    /** Sends a change notice to a team store's other processes on a connection; see {@link StoreEngine#announce}. */
    interface Announcer {
        /** A store file's: it has no other processes to tell. */
        Announcer NONE = (c, change) -> { };

        void send(Connection c, TeamChange change) throws SQLException;
    }

    private final ConnectionSource source;
    private final Connection bound;
    private final Announcer announcer;

    private Jdbc(ConnectionSource source, Connection bound, Announcer announcer) {
        this.source = source;
        this.bound = bound;
        this.announcer = announcer;
    }

    static Jdbc perOperation(ConnectionSource source, Announcer announcer) {
        return new Jdbc(source, null, announcer);
    }

    static Jdbc boundTo(Connection transactionConnection, Announcer announcer) {
        return new Jdbc(null, transactionConnection, announcer);
    }

    /**
     * Tells the team about {@code change} on {@code c}, the connection of the work that made it, so that the
     * notice goes out when that work commits and never when it rolls back.
     */
    void announce(Connection c, TeamChange change) throws SQLException {
        if (announcer != Announcer.NONE && !change.isEmpty()) {
            announcer.send(c, change);
        }
    }

    /** As {@link #announce(Connection, TeamChange)}, in the surrounding transaction if there is one. */
    void announce(TeamChange change) {
        if (announcer != Announcer.NONE && !change.isEmpty()) {
            call("tell the team of a change", c -> {
                announcer.send(c, change);
                return null;
            });
        }
    }

    /** Runs read-only or single-statement work; {@code what} names the operation in error messages. */
    <T> T call(String what, SqlWork<T> work) {
        if (bound != null) {
            return run(what, work, bound);
        }
        try (Connection connection = source.open()) {
            return run(what, work, connection);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Runs work that must be all-or-nothing; joins the surrounding transaction if there is one. */
    <T> T atomically(String what, SqlWork<T> work) {
        if (bound != null) {
            return run(what, work, bound);
        }
        try (Connection connection = source.open()) {
            return inTransaction(what, connection, work);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Commits the work on a fresh connection, or rolls all of it back; the caller closes the connection. */
    static <T> T inTransaction(String what, Connection connection, SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = run(what, work, connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            rollbackQuietly(connection, e);
            throw e;
        }
    }

    private static <T> T run(String what, SqlWork<T> work, Connection connection) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    static StoreException failure(String what, SQLException e) {
        if (StoreDamage.isDamage(e)) {
            return DamagedStoreException.whileUsing(what, e);
        }
        if (e.getSQLState() != null && e.getSQLState().startsWith(CONNECTION_FAILURE)) {
            // a transaction that lost its connection is rolled back by the server: none of it was written
            return new TeamConnectionLostException(what, e);
        }
        return new StoreException("Could not " + what + ": " + e.getMessage(), e);
    }
}
