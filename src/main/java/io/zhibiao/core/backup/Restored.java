package io.zhibiao.core.backup;

import java.util.Optional;

import java.nio.file.Path;

/**
 * A restore that succeeded: the backup now in place, and the copy of the store as it was just before,
 * which is how a restore is undone (absent when there was no store file, or a damaged one). A store
 * file that was empty or could not be read is kept as it was beside the store ({@code damagedKept}).
 * {@code fromScript} tells that the store was rebuilt from the backup's SQL script because the store file
 * in it could not be read (an older H2 wrote it).
 */
public record Restored(Backup restored, Optional<Backup> previousState, Optional<Path> damagedKept,
                       boolean fromScript) {
}
