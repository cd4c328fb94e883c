package io.zhibiao.core.logging;

import java.nio.file.Path;

/**
 * Where the log files of a store's user are kept: {@code logs/} in the folder that holds the store, beside
 * its settings and backups, so that a store given with {@code --db} (a test's, a script's) never writes into
 * the per-user data folder.
 */
public final class LogFolder {
    public static final String NAME = "logs";

    private LogFolder() {
    }

    /** @param storeLocation the store path as given to {@code --db}, with or without {@code .mv.db} */
    public static Path beside(Path storeLocation) {
        return storeLocation.toAbsolutePath().normalize().resolveSibling(NAME);
    }
}
