package io.zhibiao.core.store;

/**
 * An operation on a team store failed because the server could not be reached or the connection broke:
 * the server rolled back whatever of it had begun, so nothing of it is written, and it can be tried again
 * once the connection is back (see {@link TeamConnectionListener}).
 */
public class TeamConnectionLostException extends StoreException {
    TeamConnectionLostException(String what, Throwable cause) {
        super("Could not " + what + ": the connection to the team store's server is lost (" + cause.getMessage()
                + "). Nothing of it was saved; try again when the connection is back.", cause);
    }
}
