package io.zhibiao.cli;

import io.zhibiao.core.catalog.MergedCatalog;
import io.zhibiao.core.catalog.StoreCatalog;
import io.zhibiao.core.extract.catalog.CatalogEntry;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the indicators in force with where each comes from (bundled, changed, added; "
                + "retired ones with --all).")
final class CatalogListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--all", description = "Also list retired indicators.")
    boolean all;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = store.open()) {
            MergedCatalog catalog = StoreCatalog.of(s).current();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (CatalogEntry e : all ? catalog.all() : catalog.active().entries()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("code", e.code());
                row.put("name_zh", e.nameZh());
                row.put("name_en", e.nameEn());
                row.put("measures", String.join("|", e.measures().stream().map(Measure::id).toList()));
                row.put("origin", catalog.origin(e.code()).id());
                row.put("aliases", String.join("|", e.aliases()));
                rows.add(row);
            }
            out.print(TextTable.render(List.of("code", "name_zh", "name_en", "measures", "origin", "aliases"), rows));
            out.printf("%d indicators in force, %d retired (user catalog: %s)%n", catalog.active().size(),
                    catalog.retired().size(), StoreCatalog.of(s).whereKept());
            out.flush();
            return 0;
        }
    }
}
