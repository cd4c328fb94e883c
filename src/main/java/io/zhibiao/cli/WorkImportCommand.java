package io.zhibiao.cli;

import io.zhibiao.core.portable.ConflictPolicy;
import io.zhibiao.core.portable.WorkConflict;
import io.zhibiao.core.portable.WorkFileException;
import io.zhibiao.core.portable.WorkImportReport;
import io.zhibiao.core.portable.WorkImporter;
import io.zhibiao.core.portable.WorkProgress;
import io.zhibiao.core.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Apply a work file to the store, matching documents by content hash. Documents the store "
                + "does not hold are listed; import their reports and run this again to apply the rest.",
                "Importing the same file twice changes nothing. Nothing is written when the file is invalid.",
                "Exit code 0 on success (also with missing documents or conflicts), 1 when the import failed, "
                        + "2 on wrong usage."})
final class WorkImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "FILE", description = "The work file to import.")
    Path file;

    @Option(names = "--policy", paramLabel = "P", defaultValue = "newer-wins", converter = PolicyConverter.class,
            description = "When this store has different work on the same item: newer-wins (default: the later "
                    + "change stays), keep-mine or take-theirs. Every conflict is listed.")
    ConflictPolicy policy;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store s = store.open()) {
            WorkImportReport r = new WorkImporter(s).importFile(file, policy, WorkProgress.NONE, () -> false);
            for (WorkImportReport.MissingDocument m : r.missing()) {
                out.println("missing: " + (m.fileName() != null ? m.fileName() : "") + " (" + m.contentHash() + ")");
            }
            for (String added : r.keptAsAdded()) {
                out.println("kept as an added indicator (this store's engine did not find it): " + added);
            }
            r.catalogAdded().forEach(code -> out.println("catalog: added " + code));
            r.catalogChanged().forEach(code -> out.println("catalog: changed " + code));
            for (WorkConflict c : r.conflicts()) {
                out.println("conflict: " + c.describe());
            }
            out.printf("Documents matched %d, missing %d; indicators applied %d, unchanged %d, kept as added %d; "
                            + "overrides applied %d; tags created %d; conflicts %d (%s); history events added %d.%n",
                    r.documentsMatched(), r.missing().size(), r.indicatorsApplied(), r.indicatorsUnchanged(),
                    r.keptAsAdded().size(), r.overridesApplied(), r.tagsCreated(), r.conflicts().size(),
                    r.policy().id(), r.historyAdded());
            if (r.missingMessage() != null) {
                out.println(r.missingMessage());
            }
            out.flush();
            return 0;
        } catch (WorkFileException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    static final class PolicyConverter implements CommandLine.ITypeConverter<ConflictPolicy> {
        @Override
        public ConflictPolicy convert(String value) {
            try {
                return ConflictPolicy.fromId(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
