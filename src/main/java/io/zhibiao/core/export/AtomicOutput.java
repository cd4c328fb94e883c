package io.zhibiao.core.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes a file so that readers only ever see the old file or the complete new one: the content goes
 * to a temporary file in the same folder, which is then moved over the target in one step. A failure,
 * a cancel, a full disk or a target held open by Excel leaves the old file as it was.
 *
 * <p>Temporary files are named {@code .zhibiao-export-<target>-<random>.tmp}. A killed process leaves its
 * one behind; the next export into the same folder removes those older than {@link #STALE_AFTER} (younger
 * ones may belong to an export still running in another window).
 */
final class AtomicOutput {
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Opens the stream the content is written to; tests put a full disk behind it. */
    @FunctionalInterface
    interface Streams {
        OutputStream open(Path tmp) throws IOException;
    }

    static final String TEMP_PREFIX = ".zhibiao-export-";
    static final String TEMP_SUFFIX = ".tmp";
    static final Duration STALE_AFTER = Duration.ofHours(1);

    private static final String LOCKED = "the file is locked by another program (is it open in Excel?) "
            + "or is read-only";
    private static final AtomicOutput FILES = new AtomicOutput(Files::newOutputStream);

    private final Streams streams;

    AtomicOutput(Streams streams) {
        this.streams = streams;
    }

    static void write(Path requested, Content content) {
        FILES.replace(requested, content);
    }

    void replace(Path requested, Content content) {
        Path target = requested.toAbsolutePath().normalize();
        Path folder = checkTarget(target);
        removeStale(folder, Instant.now().minus(STALE_AFTER));
        Path tmp;
        try {
            // Not createTempFile: it makes the file readable by its owner only, and the workbook is for
            // colleagues. A plain new file gets the permissions the user's umask gives every file.
            tmp = Files.createFile(folder.resolve(TEMP_PREFIX + target.getFileName() + "-" + UUID.randomUUID()
                    + TEMP_SUFFIX));
        } catch (IOException e) {
            throw DiskFull.is(e) ? DiskFull.failure(target, e)
                    : new TargetNotWritableException(target, "the folder " + folder + " is not writable", e);
        }
        RecordingStream out = null;
        try {
            out = new RecordingStream(streams.open(tmp));
            try (OutputStream closing = out) {
                content.writeTo(closing);
            }
            forceToDisk(tmp);
            moveIntoPlace(tmp, target);
        } catch (IOException e) {
            throw DiskFull.is(e) || out != null && DiskFull.is(out.failure) ? DiskFull.failure(target, e)
                    : new ExportException("Could not write " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Libraries wrap a failed write in exceptions of their own, some without the cause: the stream
            // itself remembers what the file system said.
            if (!(e instanceof ExportException) && (DiskFull.is(e) || out != null && DiskFull.is(out.failure))) {
                throw DiskFull.failure(target, e);
            }
            throw e;
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** Passes writes through and keeps the first failure of the underlying stream. */
    private static final class RecordingStream extends FilterOutputStream {
        IOException failure;

        RecordingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        private IOException recorded(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }

    /** Removes temporary files of exports that were killed before they could clean up. */
    static void removeStale(Path folder, Instant olderThan) {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            for (Path p : leftovers) {
                if (Files.isRegularFile(p) && Files.getLastModifiedTime(p).compareTo(FileTime.from(olderThan)) < 0) {
                    deleteQuietly(p);
                }
            }
        } catch (IOException e) {
            // a folder that cannot be listed is reported by the write that follows, if it matters
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

    /**
     * The rename is what makes the new workbook visible; without this, a power cut just after it can leave
     * a target whose bytes never reached the disk, in place of the good previous file.
     */
    private static void forceToDisk(Path tmp) throws IOException {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(tmp,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
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
            // a leftover hidden .tmp file is harmless and removed by a later export
        }
    }
}
