package io.zhibiao.core.portable;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Writes a file so that readers only ever see the old file or the whole new one: the content goes to a
 * hidden temporary file in the same folder, then moves over the target in one step. A failure or a
 * cancel leaves the old file as it was and no temporary file behind.
 */
final class AtomicFile {
    @FunctionalInterface
    interface Content {
        void writeTo(Path file) throws IOException;
    }

    private AtomicFile() {
    }

    static void write(Path requested, Content content) {
        Path target = requested.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new WorkFileException("Cannot write " + target + ": it is a folder, not a file.");
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new WorkFileException("Cannot write " + target + ": the folder " + folder + " does not exist.");
        }
        if (Files.exists(target) && !Files.isWritable(target)) {
            throw new WorkFileException("Cannot write " + target + ": the file is read-only.");
        }
        Path tmp;
        try {
            tmp = Files.createFile(folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp"));
        } catch (IOException e) {
            throw new WorkFileException("Cannot write " + target + ": the folder " + folder + " is not writable.", e);
        }
        try {
            content.writeTo(tmp);
            // on disk before it replaces the previous file, so a power cut cannot leave an empty one in its place
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(tmp,
                    java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new WorkFileException("Could not write " + target + ": " + e.getMessage(), e);
        } catch (java.io.UncheckedIOException e) {
            throw new WorkFileException("Could not write " + target + ": " + e.getCause().getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a leftover hidden .tmp file is harmless; the target is what matters
            }
        }
    }
}
