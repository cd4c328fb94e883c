package io.zhibiao.core.store;

import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The store's {@link TeamConnectionListener}s; one that throws does not keep the news from the others. */
final class TeamConnectionStates implements TeamConnectionListener {
    private final List<TeamConnectionListener> listeners = new CopyOnWriteArrayList<>();

    void add(TeamConnectionListener listener) {
        listeners.add(listener);
    }

    void remove(TeamConnectionListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void connectionLost(String why) {
        listeners.forEach(l -> tell(() -> l.connectionLost(why)));
    }

    @Override
    public void connectionRestored() {
        listeners.forEach(l -> tell(l::connectionRestored));
    }

    private static void tell(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(TeamConnectionStates.class).warn("A connection listener failed: {}", e.toString());
        }
    }
}
