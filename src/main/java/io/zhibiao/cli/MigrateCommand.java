package io.zhibiao.cli;

import io.zhibiao.core.files.TempFiles;
import io.zhibiao.core.portable.StoreMigration;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreAddress;
import io.zhibiao.core.store.StoreCopy;
import io.zhibiao.core.store.StoreException;
import io.zhibiao.core.store.StoreFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Move a store file (--db, default: your own store) into a new, empty team store on a "
                + "PostgreSQL server (--to): documents with their texts, the trash, every indicator, all review "
                + "work, tags and the history with its analysts and times, in one transaction, ids kept. A team "
                + "store that holds anything is refused. Run it as the role that owns the team store's tables.",
                "Exit code 0 when everything was moved and the work export of both stores is the same, 1 when "
                        + "nothing was moved (or the check found a difference), 2 on wrong usage."})
final class MigrateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--to", required = true, paramLabel = "URL",
            description = "The empty team store: jdbc:postgresql://host:port/database (login as for --db).")
    String to;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StoreAddress target = StoreAddress.parse(to);
        if (!target.isTeam()) {
            throw new StoreException("--to takes a team store, jdbc:postgresql://host:port/database, not \"" + to
                    + "\"; a store file is copied with backup and restore.");
        }
        if (store.address().isTeam()) {
            throw new StoreException("--db names the store file to move; " + store.address() + " is a team store "
                    + "already (between two servers, use pg_dump and pg_restore).");
        }
        if (!Files.exists(StoreFile.dataFile(store.location()))) {
            throw new StoreException("There is no store at " + store.location() + " (" + StoreFile.EXTENSION
                    + "); --db names the store file to move, without its extension.");
        }
        Path scratch = TempFiles.newFolder(store.location().toAbsolutePath().getParent(), "migrate");
        try (Store source = store.open(); Store team = Store.open(target)) {
            Map<String, Long> filled = StoreCopy.contentRows(source);
            out.printf("Moving %s (%s) into %s ...%n", source.describe(), describe(filled), team.describe());
            out.flush();
            StoreMigration.Outcome outcome = StoreMigration.migrate(source, team, scratch, StoreCopy.Progress.NONE,
                    () -> false);
            out.printf("Moved in one transaction: %s.%n", describe(outcome.copied().rows()));
            printCatalog(out, outcome);
            if (!outcome.workIdentical()) {
                err.println("error: The work export of the team store differs from the store file's ("
                        + outcome.workDifference() + "). The team store now holds the copy; compare "
                        + "`work export` of both before working in it.");
                err.flush();
                out.flush();
                return 1;
            }
            out.println("Checked: the work export of both stores is the same. Open the team store with --db "
                    + target + " (File > Open store... in the workbench); the store file stays as it was.");
            out.flush();
            return 0;
        } finally {
            TempFiles.deleteTree(scratch);
        }
    }

    private static String describe(Map<String, Long> rows) {
        return rows.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getValue() + " " + e.getKey())
                .reduce((a, b) -> a + ", " + b).orElse("no rows");
    }

    private static void printCatalog(PrintWriter out, StoreMigration.Outcome outcome) {
        switch (outcome.catalog()) {
            case NONE -> out.println("Catalog: the store file has no catalog layer of its own (the bundled catalog "
                    + "applies).");
            case COPIED -> out.println("Catalog: your catalog layer " + outcome.sourceCatalog() + " was copied into "
                    + "the team store, which keeps it for every analyst (`zhibiao catalog list --db URL` shows it).");
        }
    }
}
