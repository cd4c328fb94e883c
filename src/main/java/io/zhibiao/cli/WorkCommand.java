package io.zhibiao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code zhibiao work export|import}: exchange analyst work as a work file. */
@Command(name = "work", mixinStandardHelpOptions = true,
        // One string, not one per line: the command list of --help shows only a description's first element.
        description = "Export or import all analyst work (statuses, corrections, added indicators, tags, notes, "
                + "document overrides, history) as a versioned JSON work file, matched to documents by content hash.",
        subcommands = {WorkExportCommand.class, WorkImportCommand.class})
final class WorkCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: export or import");
    }
}
