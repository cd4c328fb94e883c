package io.zhibiao.core.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks, before H2 opens it, that the store can be written. H2 opens a read-only file read-only
 * without a word and fails at the first save with its own error code; an analyst must learn at start,
 * in plain words, that nothing could be saved.
 */
final class StoreWritable {
    private StoreWritable() {
    }

    /** Creates the store's folder if needed and refuses a store that cannot be written. */
    static void prepare(Path location, String extension) {
        Path folder = location.getParent();
        try {
            Files.createDirectories(folder);
        } catch (AccessDeniedException e) {
            throw new StoreReadOnlyException(location, "the folder " + folder + " cannot be created (permission "
                    + "denied)", e);
        } catch (FileAlreadyExistsException e) {
            throw new StoreException("Could not create the folder for the store at " + location + ": "
                    + e.getFile() + " is a file, not a folder", e);
        } catch (FileSystemException e) {
            throw new StoreReadOnlyException(location, "the folder " + folder + " cannot be created ("
                    + (e.getReason() != null ? e.getReason() : "file system error") + ")", e);
        } catch (IOException e) {
            throw new StoreException("Could not create the folder for the store at " + location + ": "
                    + e.getMessage(), e);
        }
        Path file = location.resolveSibling(location.getFileName() + extension);
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new StoreReadOnlyException(location, "the file " + file + " is read-only", null);
        }
        if (!Files.isWritable(folder)) {
            throw new StoreReadOnlyException(location, "the folder " + folder + " is read-only", null);
        }
    }
}
