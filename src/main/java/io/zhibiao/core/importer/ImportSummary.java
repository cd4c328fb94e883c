package io.zhibiao.core.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of an import run, file by file.
 *
 * @param unsupported files found inside the folders that are of a type Zhibiao does not read
 */
public record ImportSummary(List<FileOutcome> outcomes, boolean cancelled, List<Path> unsupported) {
    public long count(FileOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    /** New documents, whether first versions or new versions of a known file. */
    public long imported() {
        return count(FileOutcome.Status.IMPORTED) + count(FileOutcome.Status.NEW_VERSION);
    }

    public long duplicates() {
        return count(FileOutcome.Status.DUPLICATE);
    }

    public long failed() {
        return count(FileOutcome.Status.FAILED);
    }

    public List<FileOutcome> failures() {
        return outcomes.stream().filter(o -> o.status() == FileOutcome.Status.FAILED).toList();
    }
}
