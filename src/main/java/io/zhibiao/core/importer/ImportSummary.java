package io.zhibiao.core.importer;

import io.zhibiao.core.store.StorageFailure;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of an import run, file by file. Only files whose outcome was reported have one: a document
 * counts as imported once it is on disk.
 *
 * @param unsupported  files found inside the folders that are of a type Zhibiao does not read
 * @param links        symbolic links inside the folders that lead outside them, or nowhere: not followed
 * @param files        how many files the import set out to read
 * @param stoppedBy    the failure of the store's file that stopped the import (a full disk...), or null
 */
public record ImportSummary(List<FileOutcome> outcomes, boolean cancelled, List<Path> unsupported,
                            List<ImportFiles.SkippedLink> links, int files, StorageFailure stoppedBy) {
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

    /** The failure of the store's file that stopped the import, if one did. */
    public Optional<StorageFailure> storageFailure() {
        return Optional.ofNullable(stoppedBy);
    }

    /**
     * Files of this import without an outcome: not started, or not confirmed on disk when the import
     * stopped. The next import of the same files picks them up (what did reach the disk is a duplicate).
     */
    public long notImported() {
        return files - outcomes.size();
    }
}
