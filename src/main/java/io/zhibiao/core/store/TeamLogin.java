package io.zhibiao.core.store;

import org.postgresql.ds.common.BaseDataSource;

import java.util.Map;

/**
 * The user and password a team store is opened with, found where psql finds them: the user from the URL,
 * else PGUSER, else the operating-system user; the password from PGPASSWORD, else the driver reads
 * {@code ~/.pgpass} (or the file PGPASSFILE names) itself. The password only ever goes to the driver: it is
 * neither stored nor logged nor part of any message.
 */
final class TeamLogin {
    private final String user;
    private final String password;
    private final boolean typed;

    private TeamLogin(String user, String password) {
        this(user, password, false);
    }

    private TeamLogin(String user, String password, boolean typed) {
        this.user = user;
        this.password = password;
        this.typed = typed;
    }

    /** The same user with a password the analyst typed for this session (it wins over PGPASSWORD and pgpass). */
    TeamLogin typed(char[] typedPassword) {
        return typedPassword == null ? this : new TeamLogin(user, new String(typedPassword), true);
    }

    static TeamLogin of(TeamUrl url, Map<String, String> env, String osUser) {
        String user = url.user().orElseGet(() -> {
            String fromEnv = env.get("PGUSER");
            return fromEnv != null && !fromEnv.isBlank() ? fromEnv : osUser;
        });
        String password = env.get("PGPASSWORD");
        return new TeamLogin(user, password == null || password.isEmpty() ? null : password);
    }

    static TeamLogin fromEnvironment(TeamUrl url) {
        return of(url, System.getenv(), System.getProperty("user.name"));
    }

    String user() {
        return user;
    }

    /** Where the password comes from, for a message that must not hold the password itself. */
    String passwordSource() {
        if (typed) {
            return "the password dialog";
        }
        return password != null ? "PGPASSWORD" : "~/.pgpass or the file PGPASSFILE names";
    }

    /** Sets the user and password; without a password, the driver looks in the pgpass file itself. */
    void applyTo(BaseDataSource dataSource) {
        dataSource.setUser(user);
        if (password != null) {
            dataSource.setPassword(password);
        }
    }
}
