package io.zhibiao.cli;

import io.zhibiao.core.corpus.ReportFileReader;
import io.zhibiao.core.importer.FileOutcome;
import io.zhibiao.core.importer.ImportFiles;
import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.importer.ImportSummary;
import io.zhibiao.core.files.Printable;
import io.zhibiao.core.store.StorageFailure;
import io.zhibiao.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import report files (txt, md, html, docx, pdf) and folders (recursively) into the store.",
                "A document is reported as imported once it is on disk; a full disk stops the import.",
                "Exit code 0 when every file imported or was a duplicate, 1 when any failed or the store could not "
                        + "be written, 2 on wrong usage."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "Print only failures and the summary.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store s = store.open()) {
            ImportService service = ImportService.withStoreCatalog(s);
            if (threads != null) {
                service = service.withThreads(threads);
            }
            ImportListener listener = (done, total, o) -> report(o, out, err);
            ImportSummary summary = service.importPaths(paths, listener, () -> false);
            for (Path f : summary.unsupported()) {
                err.println(Printable.path(f) + ": skipped, not a report file Zhibiao reads ("
                        + ReportFileReader.supportedExtensions() + ")");
            }
            for (ImportFiles.SkippedLink link : summary.links()) {
                err.println(Printable.path(link.link()) + ": skipped, " + (link.leadsNowhere()
                        ? "a link that leads nowhere (its target is missing, or links point at each other)"
                        : "a link to " + Printable.path(link.target()) + ", outside the folder being imported"));
            }
            Optional<StorageFailure> failure = summary.storageFailure();
            if (failure.isPresent()) {
                err.println(stopped(failure.get(), summary));
                err.flush();
                out.flush();
                return 1;
            }
            out.printf("Imported %d, duplicates %d, failed %d", summary.imported(), summary.duplicates(), summary.failed());
            if (!summary.unsupported().isEmpty()) {
                out.printf(", skipped %d of unsupported types", summary.unsupported().size());
            }
            if (!summary.links().isEmpty()) {
                out.printf(", skipped %d links leading out of the folder", summary.links().size());
            }
            out.printf(".%n");
            out.flush();
            return summary.failed() > 0 ? 1 : 0;
        }
    }

    /** Why the import stopped, what it kept and what it did not, and what the user can do. */
    static String stopped(StorageFailure failure, ImportSummary summary) {
        String what = failure.diskFull() ? "The disk is full"
                : "The store could not be written (" + Printable.text(failure.reason()) + ")";
        return String.format("%s: %d documents imported, %d not. The documents imported are kept; %s import "
                        + "the same files again to add the rest.", what, summary.imported(), summary.notImported(),
                failure.diskFull() ? "free some space, then" : "once the cause is fixed,");
    }

    private void report(FileOutcome o, PrintWriter out, PrintWriter err) {
        String file = Printable.path(o.file());
        switch (o.status()) {
            case FAILED -> err.println(file + ": " + Printable.text(String.valueOf(o.message())));
            case DUPLICATE -> {
                if (!quiet) {
                    out.println(file + ": duplicate (" + o.message() + ")");
                }
            }
            case NEW_VERSION -> {
                if (!quiet) {
                    out.println(file + ": imported as a new version, document " + o.documentId());
                }
            }
            case IMPORTED -> {
                if (!quiet) {
                    out.println(file + ": imported, document " + o.documentId());
                }
            }
            case SKIPPED -> { }
        }
        err.flush();
    }
}
