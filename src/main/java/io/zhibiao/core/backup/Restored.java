package io.zhibiao.core.backup;

import java.util.Optional;

/**
 * A restore that succeeded: the backup now in place, the copy of the store as it was just before, which is
 * how a restore is undone (absent only when there was no store file to keep), and whether the store was
 * rebuilt from the backup's SQL script because the store file in it could not be read (an older H2 wrote it).
 */
public record Restored(Backup restored, Optional<Backup> previousState, boolean fromScript) {
}
