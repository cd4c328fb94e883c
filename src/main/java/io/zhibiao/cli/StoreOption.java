package io.zhibiao.cli;

import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreAddress;
import io.zhibiao.core.store.StoreException;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --db} option every command that touches the store accepts. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "PATH|URL",
            description = "H2 store file path without extension (default: the per-user data folder), or a team "
                    + "store on a PostgreSQL server: jdbc:postgresql://host:port/database (user from ?user=, "
                    + "PGUSER or your login; password from PGPASSWORD or ~/.pgpass).")
    String db;

    StoreAddress address() {
        return db != null ? StoreAddress.parse(db) : StoreAddress.file(Store.defaultLocation());
    }

    /** The store file's path without extension, or a team store's local folder (settings, logs). */
    Path location() {
        return address().location();
    }

    Store open() {
        return Store.open(address());
    }

    /** Backup and restore copy a store file; a team store's server has its own tools for that. */
    void refuseTeamStore() {
        address().server().ifPresent(server -> {
            throw new StoreException(server.backupAdvice());
        });
    }
}
