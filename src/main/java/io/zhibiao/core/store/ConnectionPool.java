package io.zhibiao.core.store;

import javax.sql.ConnectionEvent;
import javax.sql.ConnectionEventListener;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.PooledConnection;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Keeps a team store's connections open between DAO calls. Every call takes its own connection, as on H2,
 * but logging in to a server costs a round trip or more per connection (measured: see the README, Team
 * store), where H2 hands out a session of an open file for next to nothing. Closing what {@link #get} gave
 * puts the server connection back (the driver rolls back what was left open and restores auto-commit);
 * one the driver reported broken is dropped, and one idle for more than {@link #CHECK_AFTER_IDLE_NANOS} is
 * checked (one round trip) before it is lent again, so that connections the server closed while the analyst
 * read (a restart, an idle timeout) cost no failed operation. Calls in quick succession are not checked:
 * a connection lost in between fails one call, and the driver's report drops it.
 */
final class ConnectionPool implements AutoCloseable {
    static final long CHECK_AFTER_IDLE_NANOS = 2_000_000_000L;
    private static final int VALID_TIMEOUT_SECONDS = 5;

    private final ConnectionPoolDataSource source;
    private final int maxIdle;
    private final Deque<PooledConnection> idle = new ArrayDeque<>();
    private final Map<PooledConnection, Long> idleSince = new IdentityHashMap<>();
    private final ConnectionEventListener returns = new ConnectionEventListener() {
        @Override
        public void connectionClosed(ConnectionEvent event) {
            giveBack((PooledConnection) event.getSource());
        }

        @Override
        public void connectionErrorOccurred(ConnectionEvent event) {
            discard((PooledConnection) event.getSource());
        }
    };
    private boolean closed;

    ConnectionPool(ConnectionPoolDataSource source, int maxIdle) {
        this.source = source;
        this.maxIdle = maxIdle;
    }

    Connection get() throws SQLException {
        while (true) {
            PooledConnection pooled;
            long since;
            synchronized (this) {
                if (closed) {
                    throw new SQLException("The connections to the team store are closed.", "08003");
                }
                pooled = idle.pollFirst();
                since = pooled == null ? 0 : idleSince.remove(pooled);
            }
            if (pooled == null) {
                pooled = source.getPooledConnection();
                pooled.addConnectionEventListener(returns);
                return pooled.getConnection();
            }
            Connection c;
            try {
                c = pooled.getConnection();
            } catch (SQLException e) {
                discard(pooled);
                continue;
            }
            if (System.nanoTime() - since < CHECK_AFTER_IDLE_NANOS || c.isValid(VALID_TIMEOUT_SECONDS)) {
                return c;
            }
            discard(pooled);
        }
    }

    private void giveBack(PooledConnection pooled) {
        synchronized (this) {
            if (!closed && idle.size() < maxIdle && !idleSince.containsKey(pooled)) {
                idle.addFirst(pooled);
                idleSince.put(pooled, System.nanoTime());
                return;
            }
        }
        closeQuietly(pooled);
    }

    private void discard(PooledConnection pooled) {
        synchronized (this) {
            idle.remove(pooled);
            idleSince.remove(pooled);
        }
        closeQuietly(pooled);
    }

    /** How many connections wait to be lent again. */
    synchronized int idle() {
        return idle.size();
    }

    @Override
    public void close() {
        Deque<PooledConnection> left;
        synchronized (this) {
            closed = true;
            left = new ArrayDeque<>(idle);
            idle.clear();
            idleSince.clear();
        }
        left.forEach(ConnectionPool::closeQuietly);
    }

    private static void closeQuietly(PooledConnection pooled) {
        try {
            pooled.close();
        } catch (SQLException e) {
            // a broken connection to a server: nothing of the store is lost with it
        }
    }
}
