package io.zhibiao.core.store;

import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.ds.common.BaseDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A team store on a PostgreSQL server: many workbenches and commands use it at once, so there is no file
 * lock and no "in use" refusal; the server keeps concurrent writers apart (a second import of the same
 * report meets the unique content hash). A commit is durable when it returns, so there is nothing to
 * flush. Backups are the server's business: {@code pg_dump}.
 */
final class PostgresEngine implements StoreEngine {
    /** The database role whose members lead the team: they assign documents and mark them for second review. */
    static final String LEAD_ROLE = "zhibiao_lead";

    /** Held while one process checks and migrates the schema, so that two first starts do not race. */
    private static final long SCHEMA_LOCK = 0x5a68_6962_6961_6f31L;
    /** Connections kept open between calls: the workbench's panes and one import rarely need more. */
    private static final int MAX_IDLE = 8;
    private static final String PERMISSION_DENIED = "42501";

    private final TeamUrl url;
    private final String user;
    private final ConnectionPool pool;
    /** Unpooled: the notice listener holds a connection of its own for the store's whole life. */
    private final PGSimpleDataSource plain;

    private PostgresEngine(TeamUrl url, String user, ConnectionPool pool, PGSimpleDataSource plain) {
        this.url = url;
        this.user = user;
        this.pool = pool;
        this.plain = plain;
    }

    /**
     * Logs in, refuses a schema that is not Zhibiao's, and creates or migrates the store's schema.
     *
     * @throws StoreException with a message in words (see {@link TeamOpenFailure}, {@link TeamSchemaGuard})
     */
    static PostgresEngine open(TeamUrl url, char[] typedPassword, List<String> locations, int latest) {
        TeamLogin login = TeamLogin.fromEnvironment(url).typed(typedPassword);
        PGSimpleDataSource plain = configured(PGSimpleDataSource::new, url, login);
        Connection c;
        try {
            c = plain.getConnection();
        } catch (SQLException e) {
            throw TeamOpenFailure.of(url, login, e);
        }
        try (c) {
            lock(c, "SELECT pg_advisory_lock(?)");
            TeamSchemaGuard.check(c, url, locations, latest);
            if (!SchemaVersion.isCurrent(c, latest)) {
                SchemaMigration.migrate(plain, locations);
            }
            lock(c, "SELECT pg_advisory_unlock(?)");
        } catch (SQLException e) {
            throw new StoreException("Could not read the schema of the team store (" + url.describe() + "): "
                    + e.getMessage(), e);
        } catch (FlywayException e) {
            SQLException sql = sqlCause(e);
            if (sql != null && PERMISSION_DENIED.equals(sql.getSQLState())) {
                throw new StoreException("User " + login.user() + " may not read or change the tables of the team "
                        + "store (" + url.describe() + "): " + firstLine(sql.getMessage()) + ". The store's owner "
                        + "grants the rights a team needs (README, Team store); the first start, which creates or "
                        + "updates the tables, runs as the owner.", e);
            }
            throw new StoreException("Could not bring the team store (" + url.describe() + ") up to date: "
                    + firstLine(sql != null ? sql.getMessage() : e.getMessage()), e);
        }
        return new PostgresEngine(url, login.user(), new ConnectionPool(
                configured(PGConnectionPoolDataSource::new, url, login), MAX_IDLE), plain);
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }

    private static void lock(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, SCHEMA_LOCK);
            ps.execute();
        }
    }

    /** The URL's options (sslmode and the rest) pass through; the password stays in the data source only. */
    private static <T extends BaseDataSource> T configured(Supplier<T> make, TeamUrl url, TeamLogin login) {
        T ds = make.get();
        ds.setURL(url.url());
        login.applyTo(ds);
        ds.setApplicationName("Zhibiao");
        return ds;
    }

    @Override
    public Connection connection() throws SQLException {
        return pool.get();
    }

    /**
     * Sends the notice on {@code c}: inside a transaction PostgreSQL delivers it when that commits and never
     * when it rolls back, so listeners never hear of a write that did not happen. No trigger sends it: the
     * schema stays the same on both engines, and only the application knows which documents a step touched.
     */
    @Override
    public void announce(Connection c, String payload) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_notify(?, ?)")) {
            ps.setString(1, TeamNoticeListener.CHANNEL);
            ps.setString(2, payload);
            ps.execute();
        }
    }

    @Override
    public Optional<Jdbc.ConnectionSource> noticeConnections() {
        return Optional.of(plain::getConnection);
    }

    /** A commit on PostgreSQL returns once it is in the server's write-ahead log on disk. */
    @Override
    public void makeDurable(Connection c) {
        // nothing to do: see above
    }

    @Override
    public void flush() {
        // every commit is durable already
    }

    @Override
    public void beginBulkWrites() {
        // a broken connection is dropped by the pool; the next call gets a new one
    }

    @Override
    public Path backUp(Path location, String reason, Instant at) {
        throw new StoreException(url.backupAdvice());
    }

    @Override
    public Optional<TeamUrl> server() {
        return Optional.of(url);
    }

    @Override
    public Optional<String> user() {
        return Optional.of(user);
    }

    /**
     * A lead is a member of the role {@value #LEAD_ROLE} (or a superuser) or the database's owner; the
     * server vouches for both, so an analyst cannot make themselves one from the workbench.
     */
    @Override
    public boolean isLead(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = ?"
                + " AND pg_has_role(current_user, r.oid, 'MEMBER')) OR pg_has_role(current_user,"
                + " (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER')")) {
            ps.setString(1, LEAD_ROLE);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
