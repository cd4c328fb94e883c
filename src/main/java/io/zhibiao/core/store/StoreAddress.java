package io.zhibiao.core.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What {@code --db} names: a store file on this computer (H2), or a team store on a PostgreSQL server. Both
 * have a local {@link #location()}: the file's path without extension, or for a team store a folder of this
 * user's own that keeps what belongs to this computer (settings, logs, the search cache).
 */
public final class StoreAddress {
    /**
     * Names the folder team stores keep their local files in; the per-user data folder's {@code team-stores}
     * unless set. Tests set it to a temporary folder.
     */
    public static final String TEAM_FOLDER_PROPERTY = "zhibiao.teamFolder";
    /** A URL's scheme (jdbc:, http:, file:), two letters at least, so that a Windows drive (C:) is a path. */
    private static final Pattern URL_LIKE = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:");

    private final Path location;
    private final TeamUrl server;

    private StoreAddress(Path location, TeamUrl server) {
        this.location = location;
        this.server = server;
    }

    /**
     * Reads a {@code --db} value: a path, or {@code jdbc:postgresql://host:port/database[?options]}.
     *
     * @throws StoreException for any other URL, or a team store's address that is not whole
     */
    public static StoreAddress parse(String value) {
        if (TeamUrl.looksLikeOne(value)) {
            TeamUrl url = TeamUrl.parse(value);
            return new StoreAddress(teamFolder().resolve(url.folderName()).resolve(StoreLocation.BASE_NAME), url);
        }
        if (isUrl(value)) {
            // jdbc:mysql://host/db once made a folder named "jdbc:mysql:" holding a new, empty store
            throw notAPath(value);
        }
        return file(Path.of(value));
    }

    public static StoreAddress file(Path path) {
        return new StoreAddress(StoreFile.location(path), null);
    }

    static StoreException notAPath(String value) {
        return new StoreException("\"" + value + "\" is not the path of a store: --db takes the path of a Zhibiao "
                + "store on this computer (for example ~/zhibiao/team, without .mv.db), or a team store on a "
                + "PostgreSQL database server as jdbc:postgresql://host:port/database; no other database "
                + "server is supported.");
    }

    static boolean isUrl(String value) {
        return URL_LIKE.matcher(value.replace('\\', '/')).lookingAt();
    }

    private static Path teamFolder() {
        String set = System.getProperty(TEAM_FOLDER_PROPERTY);
        return set != null && !set.isBlank() ? Path.of(set) : Store.defaultLocation().resolveSibling("team-stores");
    }

    /** The store file's path without extension, or the local folder's base path of a team store. */
    public Path location() {
        return location;
    }

    /** The server of a team store; empty for a store file. */
    public Optional<TeamUrl> server() {
        return Optional.ofNullable(server);
    }

    public boolean isTeam() {
        return server != null;
    }

    /** The path, or the URL (which holds no password). */
    @Override
    public String toString() {
        return server != null ? server.url() : location.toString();
    }
}
