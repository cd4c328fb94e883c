package io.zhibiao.cli;

import io.zhibiao.core.backup.Backup;
import io.zhibiao.core.backup.BackupException;
import io.zhibiao.core.backup.Backups;
import io.zhibiao.core.store.DamagedStoreException;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreFile;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * What a command prints when the store file is empty or damaged: what is wrong, the newest backups, and
 * the {@code restore} command that puts one in place (keeping the damaged file beside it).
 */
final class DamagedStoreAdvice {
    static final int SHOWN = 5;

    private DamagedStoreAdvice() {
    }

    static void print(DamagedStoreException e, Path storeLocation, PrintWriter err) {
        Path location = StoreFile.location(e.location().orElse(storeLocation));
        err.println("error: " + e.getMessage());
        List<Backup> newest;
        Backups backups = BackupCommand.backupsOf(location);
        try {
            newest = backups.list();
        } catch (BackupException listing) {
            err.println(listing.getMessage());
            return;
        }
        if (newest.isEmpty()) {
            err.println("There are no backups of this store in " + backups.folder() + ". The file was not changed; "
                    + "move it elsewhere to start with a new, empty store.");
            return;
        }
        err.println("The newest backups of this store (" + backups.folder() + "):");
        for (Backup b : newest.subList(0, Math.min(SHOWN, newest.size()))) {
            err.printf("  %-19s  %-20s  %9s  %s%n", BackupCommand.localTime(b), b.reason(),
                    BackupCommand.humanSize(b.sizeBytes()), b.fileName());
        }
        if (newest.size() > SHOWN) {
            err.println("  ... " + (newest.size() - SHOWN) + " older (zhibiao backup --list" + dbOption(location) + ")");
        }
        err.println("To restore the newest (the store file as it is now is kept beside it as "
                + location.getFileName() + ".damaged-<time>" + StoreFile.EXTENSION + "):");
        err.println("  zhibiao restore " + quoted(newest.get(0).fileName()) + dbOption(location));
    }

    /** {@code --db PATH} when the store is not the default one, so the printed command acts on this store. */
    private static String dbOption(Path location) {
        return location.equals(StoreFile.location(Store.defaultLocation())) ? "" : " --db " + quoted(location.toString());
    }

    private static String quoted(String s) {
        return s.matches("[\\w./:\\\\-]+") ? s : "\"" + s + "\"";
    }
}
