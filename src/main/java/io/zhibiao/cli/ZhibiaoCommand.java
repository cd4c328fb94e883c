package io.zhibiao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Set;

/** The command line: {@code java -jar zhibiao.jar COMMAND [OPTIONS]}. */
@Command(name = "zhibiao", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Indicators from Chinese local-government reports. Without a command, opens the workbench.",
        subcommands = {ImportCommand.class, ListCommand.class, ExtractCommand.class, ExportCommand.class,
                DeleteCommand.class, TrashCommand.class,
                WorkCommand.class, MigrateCommand.class, CatalogCommand.class, ReextractCommand.class,
                AssignCommand.class, AgreementCommand.class,
                BackupCommand.class, RestoreCommand.class,
                CommandLine.HelpCommand.class})
public final class ZhibiaoCommand implements Runnable {
    /** Exit code for wrong usage, as documented in the README. */
    public static final int USAGE = 2;

    private static final Set<String> TOP_LEVEL_FLAGS = Set.of("--help", "-h", "--version", "-V");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /**
     * True when the arguments name a command (or top-level help): then no window is opened. Reads the
     * command names off the annotations: building a picocli {@code CommandLine} here cost every window
     * start about 200 ms before the toolkit could even begin.
     */
    public static boolean isCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return TOP_LEVEL_FLAGS.contains(first) || commandNames().contains(first);
    }

    static Set<String> commandNames() {
        Set<String> names = new java.util.HashSet<>();
        for (Class<?> sub : ZhibiaoCommand.class.getAnnotation(Command.class).subcommands()) {
            Command c = sub.getAnnotation(Command.class);
            names.add(c.name());
            names.addAll(java.util.List.of(c.aliases()));
        }
        return names;
    }

    /** Runs a command as the launcher does: with the log file of the store it uses. */
    public static int execute(String[] args) {
        CommandLine cl = newCommandLine();
        cl.setExecutionStrategy(parsed -> {
            CommandLogging.install(parsed);
            return new CommandLine.RunLast().execute(parsed);
        });
        return cl.execute(args);
    }

    static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new ZhibiaoCommand());
        cl.setExecutionExceptionHandler(new FriendlyErrorHandler());
        return cl;
    }
}
