package io.zhibiao.core.store;

/**
 * Told when the live connection to a team store's server is lost and when it is back, on the listener's
 * own thread (a UI hops to its thread itself). Between the two, actions fail with a message in words and
 * nothing of them is written.
 */
public interface TeamConnectionListener {
    /** @param why the driver's reason, for the log and a tooltip */
    void connectionLost(String why);

    /** Connected again; what may have been missed meanwhile is announced as a {@link TeamChange#RECONNECTED}. */
    void connectionRestored();
}
