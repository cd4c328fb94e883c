package io.zhibiao.core.store;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * A store file that H2 must write to while it opens it: the last process to have it did not close it (it was
 * killed, or the disk filled up), and the read-only look that comes first cannot finish it. This is no damage;
 * the store is opened for writing, on a kept copy's guard (see {@link Store#open}).
 */
final class StoreNeedsRecovery extends StoreException {
    StoreNeedsRecovery(Path location, SQLException cause) {
        super("The store at " + location + " was not closed cleanly and is recovered as it opens.", cause);
    }
}
