package io.zhibiao.cli;

import io.zhibiao.core.logging.AppLogging;
import io.zhibiao.core.logging.LogFolder;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreAddress;
import io.zhibiao.core.store.StoreException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.List;

/**
 * Logs a command into the log folder beside the store it works on ({@code --db}), or the per-user data
 * folder's for the default store and for commands without one. Help and version output log nothing. The
 * libraries' warnings (PDFBox's on fonts above all) go to the log file, not among the command's output.
 */
final class CommandLogging {
    private CommandLogging() {
    }

    static void install(CommandLine.ParseResult parsed) {
        List<CommandLine> commands = parsed.asCommandLineList();
        CommandLine command = commands.get(commands.size() - 1);
        if (command.getCommand() instanceof CommandLine.HelpCommand
                || commands.stream().anyMatch(c -> c.isUsageHelpRequested() || c.isVersionHelpRequested())) {
            return;
        }
        String db = command.getParseResult().matchedOptionValue("--db", (String) null);
        AppLogging.install(LogFolder.beside(logBeside(db))).keepLibrariesOffConsole();
        // The command's name only: its arguments name the analyst's files.
        LoggerFactory.getLogger(CommandLogging.class).info("Command: {}", command.getCommandSpec().qualifiedName());
    }

    /** The store file's path, or a team store's local folder; a --db value that names no store says so later. */
    private static Path logBeside(String db) {
        if (db == null) {
            return Store.defaultLocation();
        }
        try {
            return StoreAddress.parse(db).location();
        } catch (StoreException e) {
            return Store.defaultLocation();
        }
    }
}
