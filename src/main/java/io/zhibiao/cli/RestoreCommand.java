package io.zhibiao.cli;

import io.zhibiao.core.backup.Backup;
import io.zhibiao.core.backup.BackupException;
import io.zhibiao.core.backup.Backups;
import io.zhibiao.core.backup.Restored;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the store with a backup. The store must not be open in the workbench or "
                + "another command; the store as it was is first saved as a backup (reason before-restore), "
                + "so a restore can itself be undone. A store file that is empty or damaged is kept beside the "
                + "store instead, unchanged, as <store>.damaged-<time>.mv.db.",
                "Exit code 0 on success, 1 on failure (store in use, backup missing or damaged), 2 on wrong usage."})
final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @ArgGroup(multiplicity = "1")
    Choice choice;

    static final class Choice {
        @Parameters(paramLabel = "BACKUP_FILE",
                description = "The backup to restore: a path, or a file name as `zhibiao backup --list` shows it.")
        Path file;

        @Option(names = "--latest", description = "Restore the newest backup.")
        boolean latest;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        store.refuseTeamStore();
        Backups backups = BackupCommand.backupsOf(store.location());
        Restored restored = backups.restore(chosen(backups));
        Backup b = restored.restored();
        out.println("Restored " + b.file() + " (" + b.reason() + ", taken " + BackupCommand.localTime(b) + ").");
        if (restored.fromScript()) {
            out.println("The store file in the backup could not be read (an older H2 wrote it, or it is damaged); "
                    + "the store was rebuilt from the SQL script the backup also carries.");
        }
        restored.previousState().ifPresent(p ->
                out.println("The store as it was before is saved as " + p.file()));
        restored.damagedKept().ifPresent(p ->
                out.println("The damaged store file is kept, unchanged, as " + p));
        out.flush();
        return 0;
    }

    private Path chosen(Backups backups) {
        if (choice.latest) {
            return backups.latest().map(Backup::file).orElseThrow(() ->
                    new BackupException("There is no backup to restore in " + backups.folder() + "."));
        }
        Path inFolder = backups.folder().resolve(choice.file.toString());
        return !Files.exists(choice.file) && choice.file.getNameCount() == 1 && Files.exists(inFolder)
                ? inFolder : choice.file;
    }
}
