package io.zhibiao.core.store;

import java.nio.file.Path;

/** The store's file or folder cannot be written (read-only folder, file or medium). */
public class StoreReadOnlyException extends StoreException {
    private final Path location;

    public StoreReadOnlyException(Path location, String reason, Throwable cause) {
        super("The store at " + location + " cannot be written: " + reason + ". Zhibiao saves every change "
                + "as it is made, so it needs a writable store: change the permissions, or choose another "
                + "folder with --db.", cause);
        this.location = location;
    }

    public Path location() {
        return location;
    }
}
