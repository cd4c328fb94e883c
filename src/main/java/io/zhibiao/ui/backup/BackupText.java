package io.zhibiao.ui.backup;

import io.zhibiao.core.backup.Backup;
import io.zhibiao.core.store.BackupName;
import io.zhibiao.ui.common.Messages;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a backup is described to the analyst: local date and time, reason in words, size. */
public final class BackupText {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private BackupText() {
    }

    public static String takenAt(Backup b, ZoneId zone) {
        return LOCAL.format(b.takenAt().atZone(zone));
    }

    public static String reason(Backup b, Messages m) {
        if (b.isBeforeMigration()) {
            return m.format("backup.reason.beforeMigration", String.valueOf(b.schemaVersion()));
        }
        return switch (b.reason()) {
            case BackupName.MANUAL -> m.get("backup.reason.manual");
            case BackupName.DAILY -> m.get("backup.reason.daily");
            case BackupName.BEFORE_RESTORE -> m.get("backup.reason.beforeRestore");
            default -> b.reason();
        };
    }

    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
