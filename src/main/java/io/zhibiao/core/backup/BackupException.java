package io.zhibiao.core.backup;

/** A backup could not be made, read or restored; the message names the file and the cause. */
public class BackupException extends RuntimeException {
    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
