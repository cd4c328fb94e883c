package io.zhibiao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code zhibiao catalog list|add|alias|retire|export|import}: the store's indicator catalog. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = {"The indicator catalog of a store: the bundled catalog (read-only) and your own layer in",
                "catalog.csv beside the store, which adds indicators and aliases, changes names, units and",
                "measures, and retires indicators. Run reextract afterwards to apply a change to stored reports."},
        subcommands = {CatalogListCommand.class, CatalogAddCommand.class, CatalogAliasCommand.class,
                CatalogRetireCommand.class, CatalogExportCommand.class, CatalogImportCommand.class})
final class CatalogCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing command: list, add, alias, retire, export or import");
    }
}
