package io.zhibiao.core.export;

/** An export failed; the message is one line fit to show the user. The previous file is left untouched. */
public class ExportException extends RuntimeException {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
