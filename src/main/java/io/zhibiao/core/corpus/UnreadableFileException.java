package io.zhibiao.core.corpus;

/** A report file that cannot be read; the message is one line a user understands. */
public class UnreadableFileException extends Exception {
    public UnreadableFileException(String message) {
        super(message);
    }

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
