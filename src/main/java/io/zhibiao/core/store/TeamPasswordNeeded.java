package io.zhibiao.core.store;

/**
 * A team store's server asks for a password that PGPASSWORD and ~/.pgpass did not give, or refused the one
 * given: the workbench then asks the analyst for it. Holds the user and the server, never a password.
 */
public final class TeamPasswordNeeded extends StoreException {
    private final String server;
    private final String user;
    private final boolean refused;

    TeamPasswordNeeded(String message, String server, String user, boolean refused, Throwable cause) {
        super(message, cause);
        this.server = server;
        this.user = user;
        this.refused = refused;
    }

    /** The server and database, as the URL names them (no password). */
    public String server() {
        return server;
    }

    public String user() {
        return user;
    }

    /** True when a password was given and the server refused it; false when none was found. */
    public boolean refused() {
        return refused;
    }
}
