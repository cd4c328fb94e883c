package io.zhibiao.core.store;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Listens on a connection of its own for the notices other processes send on commit (see
 * {@link PostgresEngine#announce}) and hands on the others' changes; the process's own are dropped, it has
 * told its views itself. A lost connection is reported, retried with growing pauses, and once it is back
 * everything shown is read again, as notices sent meanwhile are gone (PostgreSQL keeps none for a session
 * that is not listening).
 */
final class TeamNoticeListener implements AutoCloseable {
    static final String CHANNEL = "zhibiao_change";
    static final String APPLICATION_NAME = "Zhibiao live updates";
    private static final Logger LOG = LoggerFactory.getLogger(TeamNoticeListener.class);
    /** How long one wait for notices lasts: also how soon a close is noticed. */
    private static final int POLL_MILLIS = 250;
    /** A server that vanished without closing the socket is found by a round trip this often. */
    private static final long CHECK_NANOS = TimeUnit.SECONDS.toNanos(3);
    private static final long FIRST_RETRY_MILLIS = 250;
    private static final long LONGEST_RETRY_MILLIS = 4000;

    private final Jdbc.ConnectionSource connect;
    private final String origin;
    private final Consumer<TeamChange> changes;
    private final TeamConnectionListener state;
    private final CountDownLatch firstAttempt = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean closed;
    private volatile boolean connected;

    TeamNoticeListener(Jdbc.ConnectionSource connect, String origin, Consumer<TeamChange> changes,
                       TeamConnectionListener state) {
        this.connect = connect;
        this.origin = origin;
        this.changes = changes;
        this.state = state;
        this.thread = new Thread(this::run, "zhibiao-team-notices");
        thread.setDaemon(true);
    }

    /** Starts listening; returns once the first LISTEN is in place (or failed), so no later commit is missed. */
    void start() {
        thread.start();
        try {
            firstAttempt.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean connected() {
        return connected;
    }

    private void run() {
        long pause = FIRST_RETRY_MILLIS;
        boolean lost = false;
        while (!closed) {
            try (Connection c = connect.open()) {
                // so that an administrator (and a test) can tell it from the pooled connections
                c.setClientInfo("ApplicationName", APPLICATION_NAME);
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                connected = true;
                firstAttempt.countDown();
                pause = FIRST_RETRY_MILLIS;
                if (lost) {
                    lost = false;
                    LOG.info("The connection to the team store is back");
                    changes.accept(TeamChange.everything(TeamChange.RECONNECTED));
                    state.connectionRestored();
                }
                listen(c);
            } catch (SQLException | RuntimeException e) {
                connected = false;
                firstAttempt.countDown();
                if (closed) {
                    return;
                }
                if (!lost) {
                    lost = true;
                    LOG.warn("The connection to the team store was lost; retrying: {}", e.getMessage());
                    state.connectionLost(String.valueOf(e.getMessage()));
                }
                pause = sleep(pause);
            }
        }
    }

    private void listen(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long checked = System.nanoTime();
        while (!closed) {
            PGNotification[] notices = pg.getNotifications(POLL_MILLIS);
            if (notices != null) {
                for (PGNotification n : notices) {
                    TeamChange.parse(n.getParameter())
                            .filter(r -> !r.origin().equals(origin))
                            .ifPresent(r -> changes.accept(r.change()));
                }
            }
            if (System.nanoTime() - checked > CHECK_NANOS) {
                if (!c.isValid(5)) {
                    throw new SQLException("the server does not answer", "08006");
                }
                checked = System.nanoTime();
            }
        }
    }

    /** Waits {@code pause}, unless closed meanwhile; the next pause, twice as long up to a limit. */
    private long sleep(long pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            closed = true;
        }
        return Math.min(pause * 2, LONGEST_RETRY_MILLIS);
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
