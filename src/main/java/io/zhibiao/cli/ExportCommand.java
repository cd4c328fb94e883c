package io.zhibiao.cli;

import io.zhibiao.core.export.ExportFormat;
import io.zhibiao.core.export.ExcelExporter;
import io.zhibiao.core.export.ExportException;
import io.zhibiao.core.export.ExportFilter;
import io.zhibiao.core.export.ExportProgress;
import io.zhibiao.core.export.ExportRequest;
import io.zhibiao.core.export.ExportSheet;
import io.zhibiao.core.export.ExportSummary;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export indicators to an Excel briefing workbook (xlsx), the Indicators table as CSV (csv), or "
                + "a tidy CSV for Stata and R (tidy: one row per region, year, indicator, measure and kind).",
                "Filters combine: --region, --year, --status, --tag and --exclude-document may be repeated. The file "
                        + "is replaced only when the export succeeds. Exit code 0 on success, 1 when the export failed, 2 on wrong usage."})
final class ExportCommand implements Callable<Integer> {
    enum Format {
        xlsx(ExportFormat.XLSX), csv(ExportFormat.CSV), tidy(ExportFormat.TIDY_CSV);

        final ExportFormat core;

        Format(ExportFormat core) {
            this.core = core;
        }
    }

    enum Language { zh, en }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Option(names = "--region", paramLabel = "NAME",
            description = "Region, prefecture or province name or code (湖北, 咸宁市, 421200).")
    List<String> regions = List.of();

    @Option(names = "--year", paramLabel = "REPORT_YEAR", description = "Report year: the year of the report "
            + "(2024 exports the 2024 reports with every figure in them, the 2023 results they give included).")
    List<Integer> years = List.of();

    @Option(names = "--status", paramLabel = "S", converter = StatusConverter.class,
            description = "Review status: unreviewed, verified, corrected or rejected.")
    List<ReviewStatus> statuses = List.of();

    @Option(names = "--tag", paramLabel = "T", description = "Only indicators carrying this tag.")
    List<String> tags = List.of();

    @Option(names = "--document", paramLabel = "ID", description = "Only this document (repeatable).")
    List<Long> documents = List.of();

    @Option(names = "--exclude-document", paramLabel = "ID",
            description = "Leave this document out, whatever else chose it (repeatable): the sample reports, say.")
    List<Long> excluded = List.of();

    @Option(names = "--catalog-only", description = "Only indicators of the catalog (those with a catalog code).")
    boolean catalogOnly;

    @Option(names = "--verified-only",
            description = "Only rows an analyst verified or corrected (the same as --status verified --status corrected).")
    boolean verifiedOnly;

    @Option(names = "--lang", defaultValue = "zh", description = "zh or en (default: ${DEFAULT-VALUE}).")
    Language language;

    @Option(names = "--format", description = "xlsx, csv (the Indicators table, UTF-8 with BOM for Excel) or tidy "
            + "(the chosen figures, one row per region, year, indicator, measure and kind, with value, unit, "
            + "qualifier, stretch target, status and source document; UTF-8 for Stata and R). Default: csv for a "
            + ".csv file name, else xlsx.")
    Format format;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Format chosen = format != null ? format
                : out.toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? Format.csv : Format.xlsx;
        ExportRequest request = ExportRequest.allDocuments()
                .withDocuments(Set.copyOf(documents))
                .withFilter(new ExportFilter(Set.copyOf(regions), Set.copyOf(years), chosenStatuses(),
                        Set.copyOf(tags), catalogOnly, Set.copyOf(excluded)))
                .withLanguage(language == Language.en ? Locale.ENGLISH : Locale.CHINESE);
        if (chosen == Format.xlsx) {
            ExcelExporter.warmUp();
        }
        try (Store s = store.open()) {
            ExportSummary summary = chosen.core.export(s, request, out, ExportProgress.NONE, () -> false);
            stdout.println("Wrote " + summary.file() + " (" + summary.documents() + " documents; "
                    + (chosen == Format.tidy ? "figures " + summary.rowsPerSheet().values().iterator().next()
                    : rows(summary.rowsPerSheet())) + ") in " + summary.elapsed().toMillis() + " ms.");
            if (summary.panelConflicts() > 0) {
                stdout.println(summary.panelConflicts() + " Panel cells have conflicting candidates: marked orange, "
                        + "each with a comment listing them.");
            }
            stdout.flush();
            return 0;
        } catch (ExportException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private Set<ReviewStatus> chosenStatuses() {
        Set<ReviewStatus> chosen = new java.util.HashSet<>(statuses);
        if (verifiedOnly) {
            chosen.addAll(ExportFilter.VERIFIED_ONLY);
        }
        return chosen;
    }

    private static String rows(Map<ExportSheet, Integer> perSheet) {
        return perSheet.entrySet().stream()
                .map(e -> e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    static final class StatusConverter implements CommandLine.ITypeConverter<ReviewStatus> {
        @Override
        public ReviewStatus convert(String value) {
            try {
                return ReviewStatus.fromId(value.strip());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value
                        + "' is not a review status (unreviewed, verified, corrected, rejected)");
            }
        }
    }
}
