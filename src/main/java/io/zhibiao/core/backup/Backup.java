package io.zhibiao.core.backup;

import io.zhibiao.core.store.BackupName;

import java.nio.file.Path;
import java.time.Instant;

/** One backup file of a store: when it was taken, why, and how large it is. */
public record Backup(Path file, Instant takenAt, String reason, long sizeBytes) {

    /** Copies taken before a schema migration are never rotated away (see {@link Backups}). */
    public boolean isBeforeMigration() {
        return reason.startsWith(BackupName.BEFORE_MIGRATION);
    }

    /** The schema version a before-migration copy holds, or -1 for other backups. */
    public int schemaVersion() {
        if (!isBeforeMigration()) {
            return -1;
        }
        try {
            return Integer.parseInt(reason.substring(BackupName.BEFORE_MIGRATION.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public String fileName() {
        return file.getFileName().toString();
    }
}
