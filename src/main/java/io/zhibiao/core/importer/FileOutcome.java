package io.zhibiao.core.importer;

import io.zhibiao.core.corpus.UnreadableFileException;

import java.nio.file.Path;
import java.util.List;

/**
 * What became of one file. {@code message} is English (the command line prints it); a failure for a known
 * reason also names it ({@code reason}, with its {@code details}) for the workbench to say in its language.
 */
public record FileOutcome(Path file, Status status, Long documentId, String message, String reason,
                          List<String> details) {
    public enum Status { IMPORTED, NEW_VERSION, DUPLICATE, FAILED, SKIPPED }

    public FileOutcome {
        details = details == null ? List.of() : List.copyOf(details);
    }

    public FileOutcome(Path file, Status status, Long documentId, String message) {
        this(file, status, documentId, message, null, List.of());
    }

    public static FileOutcome failed(Path file, String message) {
        return new FileOutcome(file, Status.FAILED, null, message);
    }

    /** A file that could not be read, with the reader's reason. */
    public static FileOutcome failed(Path file, UnreadableFileException e) {
        return new FileOutcome(file, Status.FAILED, null, e.getMessage(), e.reason(), e.details());
    }
}
