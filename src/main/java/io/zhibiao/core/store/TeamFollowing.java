package io.zhibiao.core.store;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * A store's side of live updates on a team store: the notices its writes send (named by an origin of this
 * process's, so that it can tell its own from the others') and, once started, the listener that hears the
 * others'. A store file sends and hears nothing.
 */
final class TeamFollowing implements AutoCloseable {
    private final String origin = UUID.randomUUID().toString();
    private final StoreEngine engine;
    private final Jdbc.Announcer announcer;
    private final TeamConnectionStates states = new TeamConnectionStates();
    private TeamNoticeListener listener;
    private boolean closed;

    TeamFollowing(StoreEngine engine) {
        this.engine = engine;
        this.announcer = engine.noticeConnections().isEmpty() ? Jdbc.Announcer.NONE
                : (c, change) -> engine.announce(c, change.payload(origin));
    }

    Jdbc.Announcer announcer() {
        return announcer;
    }

    /** Starts hearing the others' changes, once; returns when listening (see {@link TeamNoticeListener#start}). */
    synchronized void start(Consumer<TeamChange> changes) {
        if (listener != null || closed) {
            return;
        }
        engine.noticeConnections().ifPresent(source -> {
            listener = new TeamNoticeListener(source, origin, changes, states);
            listener.start();
        });
    }

    void addConnectionListener(TeamConnectionListener l) {
        states.add(l);
    }

    void removeConnectionListener(TeamConnectionListener l) {
        states.remove(l);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (listener != null) {
            listener.close();
        }
    }
}
