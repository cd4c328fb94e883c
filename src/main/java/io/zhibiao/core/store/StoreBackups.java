package io.zhibiao.core.store;

import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;

/**
 * Writes backup files into the folder beside the store. Lives in the store package because opening a
 * store takes a backup before a schema migration; the catalogue of backups (listing, rotation, restore)
 * is {@code io.zhibiao.core.backup}, built on this.
 *
 * <p>A copy is made with H2's {@code BACKUP TO}: it runs while the store is open and in use, and stays
 * consistent because H2 stops reusing file space while it copies, so every page the copy reads is from a
 * committed state. It is written under a temporary name, forced to disk and then renamed: a backup file
 * with a final name is always whole.
 */
public final class StoreBackups {
    public static final String FOLDER = "backups";
    static final String PARTIAL = ".part";
    static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofHours(1);

    private StoreBackups() {
    }

    /** {@code <store folder>/backups}. */
    public static Path folder(Path location) {
        return location.resolveSibling(FOLDER);
    }

    /**
     * Copies the database {@code c} is connected to into a new backup file.
     *
     * @return the backup file
     * @throws StoreException if the copy cannot be written (the message names the file and the cause);
     *                        no file is left behind
     */
    public static Path write(Connection c, Path location, String reason, Instant at) {
        Path folder = folder(location);
        Path target = null;
        Path partial = null;
        removeAbandoned(folder, at.minus(ABANDONED_AFTER));
        try {
            target = newFile(location, reason, at);
            partial = partialOf(target);
            try (PreparedStatement st = c.prepareStatement("BACKUP TO ?")) {
                st.setString(1, partial.toString());
                st.execute();
            }
            try (FileChannel ch = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            moveIntoPlace(partial, target);
            return target;
        } catch (IOException | SQLException e) {
            deleteQuietly(partial, e);
            throw new StoreException("Could not back up the store at " + location + " to "
                    + (target != null ? target : folder) + ": " + e.getMessage(), e);
        }
    }

    /**
     * A backup cut short by the end of the process (the app closed or was killed while a copy of a large
     * store was being written) leaves its partial file; the next backup removes those old enough not to be
     * a copy still being written.
     */
    static void removeAbandoned(Path folder, Instant olderThan) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(PARTIAL)).toList()) {
                try {
                    if (Files.getLastModifiedTime(p).toInstant().isBefore(olderThan)) {
                        Files.deleteIfExists(p);
                    }
                } catch (IOException e) {
                    LoggerFactory.getLogger(StoreBackups.class).debug("Could not remove {}: {}", p, e.toString());
                }
            }
        } catch (IOException e) {
            LoggerFactory.getLogger(StoreBackups.class).debug("Could not list {}: {}", folder, e.toString());
        }
    }

    /** Renames {@code from} to {@code to} in one step where the file system allows it. */
    public static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A name for a new backup in the (created) backups folder; two backups in the same millisecond (a
     * test, a double click) get distinct names.
     */
    public static Path newFile(Path location, String reason, Instant at) throws IOException {
        Path folder = Files.createDirectories(folder(location));
        String store = location.getFileName().toString();
        Instant t = at;
        Path p = folder.resolve(new BackupName(store, t, reason).fileName());
        while (Files.exists(p) || Files.exists(partialOf(p))) {
            t = t.plusMillis(1);
            p = folder.resolve(new BackupName(store, t, reason).fileName());
        }
        return p;
    }

    /** Where a backup is written before it is renamed to {@code target}; listings ignore such files. */
    public static Path partialOf(Path target) {
        return target.resolveSibling(target.getFileName() + PARTIAL);
    }

    private static void deleteQuietly(Path file, Exception cause) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
