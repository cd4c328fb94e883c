package io.zhibiao.cli;

import io.zhibiao.core.store.SchemaUpdate;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreAddress;
import io.zhibiao.core.store.StoreException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;

/** The {@code --db} option every command that touches the store accepts. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "PATH|URL",
            description = "H2 store file path without extension (default: the per-user data folder), or a team "
                    + "store on a PostgreSQL server: jdbc:postgresql://host:port/database (user from ?user=, "
                    + "PGUSER or your login; password from PGPASSWORD or ~/.pgpass).")
    String db;

    /** The command this option belongs to: its error stream is where a user sees the update's progress. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    StoreAddress address() {
        return db != null ? StoreAddress.parse(db) : StoreAddress.file(Store.defaultLocation());
    }

    /** The store file's path without extension, or a team store's local folder (settings, logs). */
    Path location() {
        return address().location();
    }

    /** Opens the store; an update of an older store's schema, minutes on a large one, is said on stderr. */
    Store open() {
        return Store.open(address(), this::tell);
    }

    private void tell(SchemaUpdate update) {
        PrintWriter err = command != null ? command.commandLine().getErr() : new PrintWriter(System.err, true);
        switch (update.phase()) {
            case BACKING_UP -> err.printf("The store has schema version %d and this Zhibiao writes version %d: "
                    + "it is updated once, now, after a backup of it as it was (minutes on a large store)…%n",
                    update.from(), update.to());
            case MIGRATING -> err.printf("Updating the store: step %d of %d…%n", update.step() - update.from(),
                    update.to() - update.from());
            case DONE -> err.println("The store is up to date.");
        }
        err.flush();
    }

    /** Backup and restore copy a store file; a team store's server has its own tools for that. */
    void refuseTeamStore() {
        address().server().ifPresent(server -> {
            throw new StoreException(server.backupAdvice());
        });
    }
}
