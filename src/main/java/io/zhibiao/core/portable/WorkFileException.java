package io.zhibiao.core.portable;

/**
 * A work file could not be read (not JSON, not a work file, made by a newer version, a broken value) or
 * written. The message names the file, the problem and, when known, the line; the store is unchanged.
 */
public final class WorkFileException extends RuntimeException {
    public WorkFileException(String message) {
        super(message);
    }

    public WorkFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
