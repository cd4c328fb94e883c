package io.zhibiao.core.backup;

/**
 * The store file in a backup is missing, cannot be unpacked or does not open: a backup that also carries
 * the store as a SQL script is restored from that instead (a later H2 cannot read an older file format).
 */
final class StoreFileUnreadable extends BackupException {
    private final String reason;

    StoreFileUnreadable(String message, String reason) {
        super(message);
        this.reason = reason;
    }

    StoreFileUnreadable(String message, String reason, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** Why, as a clause after "the store file in it": {@code does not open: ...}. */
    String reason() {
        return reason;
    }
}
