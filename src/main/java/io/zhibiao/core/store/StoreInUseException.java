package io.zhibiao.core.store;

import java.nio.file.Path;

/** Another process (a second Zhibiao window or a command-line run) holds the store file open. */
public class StoreInUseException extends StoreException {
    private final Path location;

    public StoreInUseException(Path location, Throwable cause) {
        super("The store at " + location + " is in use by another Zhibiao window or command; "
                + "close it and try again.", cause);
        this.location = location;
    }

    public Path location() {
        return location;
    }
}
