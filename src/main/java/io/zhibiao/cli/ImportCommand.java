package io.zhibiao.cli;

import io.zhibiao.core.corpus.ReportFileReader;
import io.zhibiao.core.importer.FileOutcome;
import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.importer.ImportSummary;
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
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import report files (txt, html, docx, pdf) and folders (recursively) into the store.",
                "Exit code 0 when every file imported or was a duplicate, 1 when any failed, 2 on wrong usage."})
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
            ImportService service = ImportService.withBundledData(s);
            if (threads != null) {
                service = service.withThreads(threads);
            }
            ImportListener listener = (done, total, o) -> report(o, out, err);
            ImportSummary summary = service.importPaths(paths, listener, () -> false);
            for (Path f : summary.unsupported()) {
                err.println(f + ": skipped, not a report file Zhibiao reads (" + ReportFileReader.supportedExtensions() + ")");
            }
            out.printf("Imported %d, duplicates %d, failed %d", summary.imported(), summary.duplicates(), summary.failed());
            if (!summary.unsupported().isEmpty()) {
                out.printf(", skipped %d of unsupported types", summary.unsupported().size());
            }
            out.printf(".%n");
            out.flush();
            return summary.failed() > 0 ? 1 : 0;
        }
    }

    private void report(FileOutcome o, PrintWriter out, PrintWriter err) {
        switch (o.status()) {
            case FAILED -> err.println(o.file() + ": " + o.message());
            case DUPLICATE -> {
                if (!quiet) {
                    out.println(o.file() + ": duplicate (" + o.message() + ")");
                }
            }
            case NEW_VERSION -> {
                if (!quiet) {
                    out.println(o.file() + ": imported as a new version, document " + o.documentId());
                }
            }
            case IMPORTED -> {
                if (!quiet) {
                    out.println(o.file() + ": imported, document " + o.documentId());
                }
            }
            case SKIPPED -> { }
        }
        err.flush();
    }
}
