package io.zhibiao.core.importer;

import java.nio.file.Path;

/** What happened to one file of an import. */
public record FileOutcome(Path file, Status status, Long documentId, String message) {
    public enum Status { IMPORTED, NEW_VERSION, DUPLICATE, FAILED, SKIPPED }

    public static FileOutcome failed(Path file, String message) {
        return new FileOutcome(file, Status.FAILED, null, message);
    }
}
