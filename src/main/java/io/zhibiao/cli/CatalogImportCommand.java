package io.zhibiao.cli;

import io.zhibiao.core.catalog.CatalogImport;
import io.zhibiao.core.catalog.StoreCatalog;
import io.zhibiao.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Reads a CSV in the bundled catalog's columns into your catalog: new codes are added, known ones",
                "take the file's names, category, measures, units and any alias they lack, retired ones come back.",
                "A malformed file or an alias of two indicators is refused with its file and line, and the catalog",
                "in force stays as it was (exit code 1)."})
final class CatalogImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The catalog file to import.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = store.open()) {
            CatalogImport result = StoreCatalog.of(s).importFile(file);
            for (String code : result.added()) {
                out.println("added: " + code);
            }
            for (String code : result.changed()) {
                out.println("changed: " + code);
            }
            out.println("Catalog import: " + result.summary() + "."
                    + (result.changedAnything() ? " Run reextract to apply it to stored reports." : ""));
            out.flush();
            return 0;
        }
    }
}
