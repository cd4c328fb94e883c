package io.zhibiao.core.store;

/** A store operation failed; the message says which operation and why. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
