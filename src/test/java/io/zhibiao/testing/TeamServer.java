package io.zhibiao.testing;

import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreAddress;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * The PostgreSQL server team-store tests run against: its URL, with a user that may create databases, comes
 * from the system property {@value #PROPERTY}, which the build passes on from the environment variable
 * {@value #VARIABLE}. Each test gets a database of its own, dropped when its store closes. Without the
 * variable the tests are skipped with a message that says how to run them.
 */
public final class TeamServer {
    public static final String PROPERTY = "zhibiao.test.postgres";
    public static final String VARIABLE = "ZHIBIAO_TEST_POSTGRES";

    private TeamServer() {
    }

    /** The server's URL, e.g. {@code jdbc:postgresql://localhost:55432/postgres?user=postgres}. */
    public static Optional<String> url() {
        String url = System.getProperty(PROPERTY, "");
        // an unset variable reaches here as Maven's unresolved ${env...} text
        return url.startsWith("jdbc:postgresql:") ? Optional.of(url) : Optional.empty();
    }

    /** Skips the calling test unless a server is given. */
    public static void assumeAvailable() {
        Assumptions.assumeTrue(url().isPresent(), "no PostgreSQL server for the team-store tests: set " + VARIABLE
                + "=jdbc:postgresql://localhost:PORT/postgres?user=postgres (README, Team store, tells how to "
                + "start a private one)");
    }

    /** A new, empty database on the server; its URL. */
    public static String newDatabase() {
        assumeAvailable();
        String name = "zhibiao_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin("CREATE DATABASE " + name);
        return urlOf(name);
    }

    /** The URL of the database {@code name} on the test server, with the server URL's options. */
    public static String urlOf(String name) {
        String server = url().orElseThrow();
        int slash = server.indexOf('/', "jdbc:postgresql://".length());
        int query = server.indexOf('?');
        return server.substring(0, slash + 1) + name + (query < 0 ? "" : server.substring(query));
    }

    /** Creates the database {@code name} unless the server has it (a benchmark's cache); its URL. */
    public static String keptDatabase(String name) {
        try (Connection c = DriverManager.getConnection(url().orElseThrow());
             java.sql.PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, name);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    admin("CREATE DATABASE " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not look for the database " + name + ": " + e.getMessage(), e);
        }
        return urlOf(name);
    }

    /** Opens a team store in a new database, which is dropped when the store closes. */
    public static Store openNewStore(Path localFolder) {
        return openNewStoreAt(newDatabase(), localFolder);
    }

    /** Opens the team store in the database {@code url} names, which is dropped when the store closes. */
    public static Store openNewStoreAt(String url, Path localFolder) {
        System.setProperty(StoreAddress.TEAM_FOLDER_PROPERTY, localFolder.toString());
        Store store = Store.open(StoreAddress.parse(url));
        store.closeWith(() -> drop(url));
        return store;
    }

    /** Drops the database {@code url} names, even while connections to it are open. */
    public static void drop(String url) {
        String path = url.substring(url.indexOf('/', "jdbc:postgresql://".length()) + 1);
        int query = path.indexOf('?');
        admin("DROP DATABASE IF EXISTS " + (query < 0 ? path : path.substring(0, query)) + " WITH (FORCE)");
    }

    /** Runs {@code sql} on the database {@code url} names, as the test server's user. */
    public static void run(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + sql + ": " + e.getMessage(), e);
        }
    }

    private static void admin(String sql) {
        run(url().orElseThrow(), sql);
    }
}
