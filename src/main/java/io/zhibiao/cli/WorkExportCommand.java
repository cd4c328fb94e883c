package io.zhibiao.cli;

import io.zhibiao.core.portable.WorkExportSummary;
import io.zhibiao.core.portable.WorkExporter;
import io.zhibiao.core.portable.WorkFileException;
import io.zhibiao.core.portable.WorkProgress;
import io.zhibiao.core.settings.Settings;
import io.zhibiao.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write all analyst work of the store to a work file (JSON). The file is replaced only when "
                + "the export succeeds.", "Exit code 0 on success, 1 when the export failed, 2 on wrong usage."})
final class WorkExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The work file to write.")
    Path out;

    @Option(names = "--analyst", paramLabel = "NAME",
            description = "Who exports (default: on a team store the database user; else the analyst of the "
                    + "workbench settings, else the user name).")
    String analyst;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store s = store.open()) {
            String who = analyst != null && !analyst.isBlank() ? analyst.strip()
                    : s.analyst(Settings.load(s.location().resolveSibling("settings.properties")).analyst());
            WorkExportSummary summary = new WorkExporter(s).export(out, who, WorkProgress.NONE, () -> false);
            stdout.printf("Wrote %s: %d documents, %d indicators with work, %d history events, %d tags "
                            + "(%,d bytes) in %d ms.%n", summary.file(), summary.documents(), summary.indicators(),
                    summary.historyEvents(), summary.tags(), summary.bytes(), summary.elapsed().toMillis());
            stdout.flush();
            return 0;
        } catch (WorkFileException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
