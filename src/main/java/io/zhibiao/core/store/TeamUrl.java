package io.zhibiao.core.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A team store's address, {@code jdbc:postgresql://host[:port]/database[?options]}, as the analyst gave it
 * to {@code --db}. The options (sslmode and the rest) go to the driver unchanged; a password among them is
 * refused, because the URL ends up in shell histories, settings and logs.
 */
public final class TeamUrl {
    public static final String PREFIX = "jdbc:postgresql:";
    private static final int DEFAULT_PORT = 5432;

    private final String url;
    private final String host;
    private final int port;
    private final String database;
    private final Map<String, String> options;

    private TeamUrl(String url, String host, int port, String database, Map<String, String> options) {
        this.url = url;
        this.host = host;
        this.port = port;
        this.database = database;
        this.options = options;
    }

    /** Whether {@code value} is meant as a team store's address (it names PostgreSQL's JDBC scheme). */
    static boolean looksLikeOne(String value) {
        return value.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /**
     * @throws StoreException if {@code value} does not name a host and a database, or carries a password
     */
    public static TeamUrl parse(String value) {
        String rest = value.substring(PREFIX.length());
        if (!rest.startsWith("//")) {
            throw invalid(value, "it names no server; write jdbc:postgresql://host:port/database");
        }
        URI uri;
        try {
            uri = new URI("postgresql:" + rest);
        } catch (URISyntaxException e) {
            throw invalid(value, e.getReason());
        }
        String host = uri.getHost();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = decode(path.startsWith("/") ? path.substring(1) : path);
        if (host == null || host.isBlank()) {
            throw invalid(value, "it names no server; write jdbc:postgresql://host:port/database");
        }
        if (database.isBlank() || database.contains("/")) {
            throw invalid(value, "it names no database; write jdbc:postgresql://host:port/database");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid(value, "a user or password before the host is not how JDBC takes them; give the user as "
                    + "?user=NAME or PGUSER, and the password in PGPASSWORD or ~/.pgpass");
        }
        Map<String, String> options = new LinkedHashMap<>();
        String query = uri.getRawQuery();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                options.put(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        if (options.keySet().stream().anyMatch(k -> k.toLowerCase(Locale.ROOT).equals("password"))) {
            // said without the URL, which holds the password
            throw new StoreException("--db holds a password: a password in a URL is kept in shell histories and "
                    + "logs. Give it in PGPASSWORD or in ~/.pgpass (or the file PGPASSFILE names) instead.");
        }
        return new TeamUrl(value, host, uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), database, options);
    }

    private static StoreException invalid(String value, String why) {
        return new StoreException("\"" + value + "\" is not a team store's address: " + why + ".");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The URL as given: it holds no password (see {@link #parse}). */
    public String url() {
        return url;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String database() {
        return database;
    }

    /** The user named in the URL ({@code ?user=}), if any. */
    Optional<String> user() {
        return Optional.ofNullable(options.get("user")).filter(u -> !u.isBlank());
    }

    /** {@code database on host:port}, for messages. */
    public String describe() {
        return "database " + database + " on " + host + ":" + port;
    }

    /** A file name for the folder that keeps this store's local files (settings, logs, search cache). */
    String folderName() {
        return (host + "_" + port + "_" + database).replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** Backup and restore of a team store: the server's own tools. */
    public String backupAdvice() {
        return "A team store is backed up on its server, with the server's own tools: for example pg_dump -h " + host
                + " -p " + port + " -Fc -f zhibiao.dump " + database + ", and restored with pg_restore. Zhibiao's "
                + "backup and restore are for store files.";
    }

    @Override
    public String toString() {
        return url;
    }
}
