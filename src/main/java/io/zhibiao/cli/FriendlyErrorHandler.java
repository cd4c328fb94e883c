package io.zhibiao.cli;

import io.zhibiao.core.files.Printable;
import io.zhibiao.core.store.DamagedStoreException;
import io.zhibiao.core.store.StoreException;
import io.zhibiao.core.store.StoreInUseException;
import picocli.CommandLine;

import java.nio.file.Path;

/**
 * Turns failures into one line for the user instead of a stack trace. A store held by another
 * process is the common case and gets its own message; an empty or damaged store file gets its newest
 * backups and the command that restores one.
 */
final class FriendlyErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        DamagedStoreException damaged = damaged(ex);
        Path store = storeOf(cmd);
        if (damaged != null && (damaged.location().isPresent() || store != null)) {
            DamagedStoreAdvice.print(damaged, store, cmd.getErr());
            debug(ex, cmd);
            return 1;
        }
        String message = ex instanceof StoreInUseException ? ex.getMessage()
                : "error: " + (ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName());
        // a message may name a file, and a file name may hold a new line or a bidi override
        cmd.getErr().println(Printable.text(message));
        debug(ex, cmd);
        return 1;
    }

    private static void debug(Exception ex, CommandLine cmd) {
        if (Boolean.getBoolean("zhibiao.debug")) {
            ex.printStackTrace(cmd.getErr());
        }
    }

    private static DamagedStoreException damaged(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DamagedStoreException d) {
                return d;
            }
        }
        return null;
    }

    /** The store the command works on (its {@code --db} or the default), or null for a command without one. */
    private static Path storeOf(CommandLine cmd) {
        for (CommandLine.Model.CommandSpec mixin : cmd.getCommandSpec().mixins().values()) {
            if (mixin.userObject() instanceof StoreOption option) {
                try {
                    return option.address().isTeam() ? null : option.location();
                } catch (StoreException e) {
                    return null; // a --db value that names no store: its own message says so
                }
            }
        }
        return null;
    }
}
