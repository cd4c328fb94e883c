package io.zhibiao.core.export;

import java.nio.file.Path;

/** The output file is locked (open in Excel), read-only, or its folder cannot be written. */
public final class TargetNotWritableException extends ExportException {
    private final Path target;

    public TargetNotWritableException(Path target, String reason, Throwable cause) {
        super("Cannot write " + target + ": " + reason, cause);
        this.target = target;
    }

    public Path target() {
        return target;
    }
}
