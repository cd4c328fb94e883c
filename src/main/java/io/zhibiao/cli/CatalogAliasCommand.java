package io.zhibiao.cli;

import io.zhibiao.core.catalog.MergedCatalog;
import io.zhibiao.core.catalog.StoreCatalog;
import io.zhibiao.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "alias", mixinStandardHelpOptions = true,
        description = "Adds an alias to an indicator. Exit code 1 when another indicator has it (both places are "
                + "named) or the code is unknown or retired.")
final class CatalogAliasCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "CODE", description = "The indicator's code.")
    String code;

    @Parameters(index = "1", paramLabel = "ALIAS", description = "The phrase reports use for it.")
    String alias;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = store.open()) {
            StoreCatalog catalog = StoreCatalog.of(s);
            MergedCatalog before = catalog.current();
            MergedCatalog after = catalog.alias(code, alias);
            out.println(after == before ? code + " already has the alias " + alias + "."
                    : "Added the alias " + alias.strip() + " to " + code + ". Run reextract to apply it to stored reports.");
            out.flush();
            return 0;
        }
    }
}
