package io.zhibiao.cli;

import io.zhibiao.core.store.Store;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --db} option every command that touches the store accepts. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "PATH",
            description = "H2 store file path without extension (default: the per-user data folder).")
    Path db;

    Path location() {
        return db != null ? db : Store.defaultLocation();
    }

    Store open() {
        return Store.open(location());
    }
}
