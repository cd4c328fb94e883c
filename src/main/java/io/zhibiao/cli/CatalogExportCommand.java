package io.zhibiao.cli;

import io.zhibiao.core.catalog.StoreCatalog;
import io.zhibiao.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the catalog in force (bundled and yours merged, retired indicators left out) as CSV "
                + "in the bundled catalog's columns: code,name_zh,name_en,aliases,category,measures,units.")
final class CatalogExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file to write.")
    Path file;

    @Override
    public Integer call() throws IOException {
        try (Store s = store.open()) {
            StoreCatalog catalog = StoreCatalog.of(s);
            catalog.export(file);
            spec.commandLine().getOut().println("Wrote " + catalog.current().active().size() + " indicators to " + file);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
