package io.zhibiao.core.store;

import io.zhibiao.core.files.TempFiles;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Removes what killed processes left beside a store: the temporary files and folders of writes, exports
 * (including those recorded here for a file elsewhere), backups and restores ({@link TempFiles}), never
 * those of a process still running. Runs whenever a store is opened (the workbench's start and every
 * command that opens it) and before a restore.
 */
public final class StoreLeftovers {
    /**
     * Names of versions before issue 18, which did not carry the process id: a restore's work folder
     * ({@code .zhibiao-restore-<random>}) and a partial backup ({@code backups/*.part}). Removed once they
     * are this old, when no copy can still be writing them.
     */
    static final Duration OLD_NAMES_AFTER = Duration.ofHours(1);

    private StoreLeftovers() {
    }

    /**
     * @param location the store path without extension
     * @return how many leftovers were removed
     */
    public static int remove(Path location) {
        Path absolute = location.toAbsolutePath();
        Path folder = absolute.getParent();
        Path backups = StoreBackups.folder(absolute);
        Instant old = Instant.now().minus(OLD_NAMES_AFTER);
        int removed = TempFiles.removeAbandoned(folder) + TempFiles.removeAbandoned(backups)
                + removeOld(folder, ".zhibiao-restore-*", old) + removeOld(backups, "*.part", old);
        if (removed > 0) {
            LoggerFactory.getLogger(StoreLeftovers.class).info("Removed {} temporary files and folders that "
                    + "killed processes left beside {}", removed, absolute);
        }
        return removed;
    }

    private static int removeOld(Path folder, String glob, Instant olderThan) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, glob)) {
            for (Path p : found) {
                if (Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(olderThan)
                        && TempFiles.deleteTree(p)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            LoggerFactory.getLogger(StoreLeftovers.class).debug("Could not list {}: {}", folder, e.toString());
        }
        return removed;
    }
}
