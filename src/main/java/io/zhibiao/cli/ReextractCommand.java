package io.zhibiao.cli;

import io.zhibiao.core.review.Reextraction;
import io.zhibiao.core.review.ReextractionListener;
import io.zhibiao.core.review.ReextractionSummary;
import io.zhibiao.core.review.RerunReport;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.settings.Settings;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "reextract", mixinStandardHelpOptions = true,
        description = {"Runs extraction again on stored reports with the current engine and catalog (after a catalog",
                "change or an upgrade): verified, corrected, rejected, added, noted and tagged rows and their history",
                "never change; unreviewed rows are replaced. Prints what was added, changed and removed per document.",
                "Without options, the reports extracted by another engine or catalog; exit code 1 if one failed."})
final class ReextractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--document", paramLabel = "ID", description = "Only this document (ids as in `list`).")
    Long document;

    @Option(names = "--all", description = "Every document, also those extracted with the current engine and catalog.")
    boolean all;

    @Option(names = "--analyst", paramLabel = "NAME",
            description = "Who runs it, for the history (default: the analyst of the workbench settings, else the user name).")
    String analyst;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = store.open()) {
            String who = analyst != null && !analyst.isBlank() ? analyst.strip()
                    : Settings.load(s.location().resolveSibling("settings.properties")).analyst();
            Reextraction reextraction = Reextraction.withStoreCatalog(s, new ReviewService(s, who));
            List<Long> ids = document != null ? List.of(document) : all ? reextraction.all() : reextraction.behind();
            long started = System.nanoTime();
            ReextractionSummary summary = reextraction.run(ids, new ReextractionListener() {
                @Override
                public void merged(int done, int total, RerunReport r) {
                    if (!r.changedAnything()) {
                        return;
                    }
                    String title = s.documents().findById(r.documentId()).map(DocumentSummary::fileName).orElse("");
                    out.println("document " + r.documentId() + " " + title + ": " + r.summary());
                    r.addedItems().forEach(i -> out.println("  + " + i));
                    r.changedItems().forEach(i -> out.println("  ~ " + i));
                    r.removedItems().forEach(i -> out.println("  - " + i));
                }

                @Override
                public void failed(int done, int total, long documentId, String reason) {
                    out.println("document " + documentId + " failed: " + reason);
                }
            }, () -> false);
            out.printf("%s (%s, %.1f s).%n", summary.summary(), reextraction.extractedWith(),
                    (System.nanoTime() - started) / 1e9);
            out.flush();
            return summary.failures().isEmpty() ? 0 : 1;
        }
    }
}
