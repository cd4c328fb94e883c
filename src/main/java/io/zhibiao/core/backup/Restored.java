package io.zhibiao.core.backup;

import java.util.Optional;

/**
 * A restore that succeeded: the backup now in place, and the copy of the store as it was just before,
 * which is how a restore is undone (absent only when there was no store file to keep).
 */
public record Restored(Backup restored, Optional<Backup> previousState) {
}
