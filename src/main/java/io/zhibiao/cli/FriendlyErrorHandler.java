package io.zhibiao.cli;

import io.zhibiao.core.store.StoreInUseException;
import picocli.CommandLine;

/**
 * Turns failures into one line for the user instead of a stack trace. A store held by another
 * process is the common case and gets its own message.
 */
final class FriendlyErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        String message = ex instanceof StoreInUseException ? ex.getMessage()
                : "error: " + (ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName());
        cmd.getErr().println(message);
        if (Boolean.getBoolean("zhibiao.debug")) {
            ex.printStackTrace(cmd.getErr());
        }
        return 1;
    }
}
