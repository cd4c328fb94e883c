package io.zhibiao.core.store;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/**
 * Says in words why a team store did not open: the server is down or unknown, it refused the login, or it
 * has no such database. The message names the server, database and user, never the password.
 */
final class TeamOpenFailure {
    private TeamOpenFailure() {
    }

    static StoreException of(TeamUrl url, TeamLogin login, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String server = url.host() + ":" + url.port();
        String message = switch (state) {
            case "28P01" -> "The database server at " + server + " refused the password of user " + login.user()
                    + " (taken from " + login.passwordSource() + "). Check the password there, or the user "
                    + "(?user= in the URL, else PGUSER, else your login name).";
            case "28000" -> "The database server at " + server + " does not let user " + login.user() + " into "
                    + "database " + url.database() + ": " + firstLine(e) + ". Ask its administrator for access.";
            case "3D000" -> "There is no database " + url.database() + " on the server at " + server + ". Create it "
                    + "first (createdb -h " + url.host() + " -p " + url.port() + " " + url.database()
                    + "), or check the name in --db.";
            default -> null;
        };
        if ("28P01".equals(state)) {
            return new TeamPasswordNeeded(message, url.describe(), login.user(), true, e);
        }
        if (message == null && asksForPassword(e)) {
            message = "The database server at " + server + " asks for the password of user " + login.user()
                    + ", and none was found: set PGPASSWORD, or add the line " + url.host() + ":" + url.port()
                    + ":" + url.database() + ":" + login.user() + ":PASSWORD to ~/.pgpass (readable by you only).";
            return new TeamPasswordNeeded(message, url.describe(), login.user(), false, e);
        }
        if (message == null && has(e, UnknownHostException.class)) {
            message = "There is no database server named " + url.host() + " (the name is unknown). Check the "
                    + "host in --db.";
        }
        if (message == null && (has(e, ConnectException.class) || state.startsWith("08"))) {
            String why = has(e, ConnectException.class) ? "the connection was refused" : firstLine(e);
            message = "Could not reach the database server at " + server + " (" + why + "). Is PostgreSQL "
                    + "running there, and are the host and port right?";
        }
        if (message == null) {
            message = "Could not open the team store (" + url.describe() + "): " + firstLine(e);
        }
        return new StoreException(message, e);
    }

    private static boolean asksForPassword(SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        return m.contains("no password was provided");
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.lines().findFirst().orElse(m).strip();
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }
}
