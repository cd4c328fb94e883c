package io.zhibiao.core.corpus;

import java.util.List;

/**
 * A report file that cannot be read; the message is one line a user understands (in English, for the
 * command line and the log). Where the reason is one of the known ones, {@link #reason()} names it and
 * {@link #details()} holds its variable parts, so that the workbench can say it in the analyst's language.
 */
public class UnreadableFileException extends Exception {
    private final String reason;
    private final List<String> details;

    public UnreadableFileException(String message) {
        this(message, (Throwable) null);
    }

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
        this.reason = null;
        this.details = List.of();
    }

    /**
     * @param reason  a short stable name of the reason ({@code notFound}); the workbench's words for it are
     *                {@code import.reason.<reason>} with the details as {0}, {1}…
     * @param details the variable parts of the message, as they appear in it
     */
    public UnreadableFileException(String reason, String message, Throwable cause, String... details) {
        super(message, cause);
        this.reason = reason;
        this.details = List.of(details);
    }

    /** The known reason's name, or null. */
    public String reason() {
        return reason;
    }

    public List<String> details() {
        return details;
    }
}
