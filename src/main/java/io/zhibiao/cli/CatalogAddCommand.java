package io.zhibiao.cli;

import io.zhibiao.core.catalog.StoreCatalog;
import io.zhibiao.core.extract.catalog.CatalogEntry;
import io.zhibiao.core.extract.catalog.CatalogException;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Adds an indicator to your catalog. Exit code 1 when the code exists or an alias belongs "
                + "to another indicator (both places are named), 2 on wrong usage.")
final class CatalogAddCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "CODE", description = "The new code: letters, digits and _.")
    String code;

    @Option(names = "--name-zh", required = true, paramLabel = "NAME", description = "The Chinese name.")
    String nameZh;

    @Option(names = "--name-en", paramLabel = "NAME", defaultValue = "", description = "The English name.")
    String nameEn;

    @Option(names = "--alias", paramLabel = "ALIAS", description = "Another way reports write it (repeatable).")
    List<String> aliases = List.of();

    @Option(names = "--category", paramLabel = "C", defaultValue = "", description = "A category (economy, industry…).")
    String category;

    @Option(names = "--measure", paramLabel = "M", split = ",",
            description = "growth, level and/or rate (comma-separated; default level).")
    List<String> measures = List.of();

    @Option(names = "--unit", paramLabel = "U", description = "A unit its levels come in (repeatable).")
    List<String> units = List.of();

    @Override
    public Integer call() {
        Set<Measure> ms = EnumSet.noneOf(Measure.class);
        for (String m : measures) {
            try {
                ms.add(Measure.fromId(m.strip()));
            } catch (IllegalArgumentException e) {
                throw new CatalogException("unknown measure '" + m + "' (use growth, level or rate)");
            }
        }
        if (ms.isEmpty()) {
            ms.add(Measure.LEVEL);
        }
        CatalogEntry entry = new CatalogEntry(code.strip(), nameZh.strip(), nameEn.strip(),
                aliases.stream().map(String::strip).toList(), category.strip(), Collections.unmodifiableSet(ms),
                Collections.unmodifiableSet(new LinkedHashSet<>(units)));
        try (Store s = store.open()) {
            StoreCatalog catalog = StoreCatalog.of(s);
            catalog.add(entry);
            spec.commandLine().getOut().println("Added " + entry.code() + " (" + entry.nameZh() + ") to "
                    + catalog.whereKept() + ". Run reextract to find it in stored reports.");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
