package io.zhibiao.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.zhibiao.core.model.Region;
import io.zhibiao.core.store.DocumentSummary;
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
import java.util.function.Function;
import java.util.stream.Collectors;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the documents in the store, one row per document.")
final class ListCommand implements Callable<Integer> {
    enum Format { table, json }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Store s = store.open()) {
            Map<String, Region> regions = s.regions().findAll().stream()
                    .collect(Collectors.toMap(Region::code, Function.identity()));
            for (DocumentSummary d : s.documents().listSummaries()) {
                rows.add(row(d, regions.get(d.effectiveRegionCode())));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
        } else {
            out.print(TextTable.render(List.of("id", "file", "title", "region", "code", "level", "year", "kind",
                    "indicators", "reviewed"), rows));
        }
        out.flush();
        return 0;
    }

    private static Map<String, Object> row(DocumentSummary d, Region region) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", d.id());
        row.put("file", d.fileName());
        row.put("title", d.title());
        row.put("region", region != null ? region.name() : null);
        row.put("regionCode", d.effectiveRegionCode());
        row.put("level", region != null ? region.level().id() : null);
        row.put("year", d.effectiveYear());
        row.put("kind", d.effectiveKind() != null ? d.effectiveKind().id() : null);
        row.put("indicators", d.indicatorCount());
        row.put("reviewed", d.reviewedCount());
        return row;
    }
}
