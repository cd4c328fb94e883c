package io.zhibiao.core.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that readers only ever see the old file or the complete new one: the content goes
 * to a temporary file in the same folder, which is then moved over the target in one step. A failure,
 * a cancel, or a target held open by Excel leaves the old file as it was.
 */
final class AtomicOutput {
    @FunctionalInterface
    interface Content {
        void writeTo(Path file) throws IOException;
    }

    private static final String LOCKED = "the file is locked by another program (is it open in Excel?) "
            + "or is read-only";

    private AtomicOutput() {
    }

    static void write(Path requested, Content content) {
        Path target = requested.toAbsolutePath().normalize();
        Path folder = checkTarget(target);
        Path tmp;
        try {
            // Not createTempFile: it makes the file readable by its owner only, and the workbook is for
            // colleagues. A plain new file gets the permissions the user's umask gives every file.
            tmp = Files.createFile(folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp"));
        } catch (IOException e) {
            throw new TargetNotWritableException(target, "the folder " + folder + " is not writable", e);
        }
        try {
            content.writeTo(tmp);
            moveIntoPlace(tmp, target);
        } catch (IOException e) {
            throw new ExportException("Could not write " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** Fails before any work is done when the target can clearly not be replaced. */
    private static Path checkTarget(Path target) {
        if (Files.isDirectory(target)) {
            throw new TargetNotWritableException(target, "it is a folder, not a file", null);
        }
        Path folder = target.getParent();
        if (folder == null || !Files.exists(folder)) {
            throw new ExportException("Cannot write " + target + ": the folder " + folder + " does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw new TargetNotWritableException(target, folder + " is a file, not a folder", null);
        }
        if (Files.exists(target)) {
            if (!Files.isWritable(target)) {
                throw new TargetNotWritableException(target, LOCKED, null);
            }
            // On Windows a workbook open in Excel refuses to be opened for writing; this does not change it.
            try (FileChannel ignored = FileChannel.open(target, StandardOpenOption.WRITE)) {
                // only probing
            } catch (IOException e) {
                throw new TargetNotWritableException(target, LOCKED, e);
            }
        }
        return folder;
    }

    private static void moveIntoPlace(Path tmp, Path target) {
        try {
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (AccessDeniedException e) {
            throw new TargetNotWritableException(target, LOCKED, e);
        } catch (FileSystemException e) {
            throw new TargetNotWritableException(target, LOCKED, e);
        } catch (IOException e) {
            throw new ExportException("Could not replace " + target + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // a leftover hidden .tmp file is harmless; the target is what matters
        }
    }
}
