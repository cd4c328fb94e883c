package io.zhibiao.cli;

import io.zhibiao.core.catalog.StoreCatalog;
import io.zhibiao.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "retire", mixinStandardHelpOptions = true,
        description = "Retires an indicator: it is no longer matched; rows already stored keep it. Importing a row "
                + "for it brings it back.")
final class CatalogRetireCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "CODE", description = "The indicator's code.")
    String code;

    @Override
    public Integer call() {
        try (Store s = store.open()) {
            StoreCatalog.of(s).retire(code);
            spec.commandLine().getOut().println("Retired " + code
                    + ". Run reextract to remove its unreviewed rows from stored reports.");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
