package io.zhibiao.cli;

import io.zhibiao.core.backup.Backup;
import io.zhibiao.core.backup.Backups;
import io.zhibiao.core.settings.Settings;
import io.zhibiao.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Copy the store into the backups folder beside it, or list the backups. While the "
                + "workbench has the store open, use its File menu to back up instead.",
                "Prints the path of the new backup. Exit code 0 on success, 1 on failure, 2 on wrong usage."})
final class BackupCommand implements Callable<Integer> {
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--list", description = "List the backups, newest first, instead of making one.")
    boolean list;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        store.refuseTeamStore();
        Backups backups = backupsOf(store.location());
        if (list) {
            printList(backups, out);
        } else {
            try (Store s = store.open()) {
                out.println(backups.backUp(s).file());
            }
        }
        out.flush();
        return 0;
    }

    /** The store's backups, rotated by the number kept in the store's settings (as the workbench does). */
    static Backups backupsOf(Path location) {
        Settings settings = Settings.load(location.toAbsolutePath().resolveSibling("settings.properties"));
        return new Backups(location, settings.backupsToKeep());
    }

    private static void printList(Backups backups, PrintWriter out) {
        List<Backup> all = backups.list();
        if (all.isEmpty()) {
            out.println("No backups in " + backups.folder() + ".");
            return;
        }
        // A plain layout rather than TextTable: file names are longer than its cells and must stay whole,
        // as they are what `zhibiao restore` takes.
        out.printf("%-19s  %-20s  %9s  %s%n", "taken", "reason", "size", "file");
        for (Backup b : all) {
            out.printf("%-19s  %-20s  %9s  %s%n", localTime(b), b.reason(), humanSize(b.sizeBytes()), b.fileName());
        }
        out.println("Folder: " + backups.folder());
    }

    static String localTime(Backup b) {
        return LOCAL_TIME.format(b.takenAt().atZone(ZoneId.systemDefault()));
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
