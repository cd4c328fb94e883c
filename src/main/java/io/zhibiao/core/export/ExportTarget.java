package io.zhibiao.core.export;

import io.zhibiao.core.files.AtomicWrite;
import io.zhibiao.core.files.DiskFull;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.UnaryOperator;

/**
 * An export's output file: checked before any work is done, written with {@link AtomicWrite} (readers only
 * ever see the old file or the complete new one; a failure, a cancel, a full disk or a target held open by
 * Excel leaves the old file as it was), and its failures told in the exporter's words.
 */
final class ExportTarget {
    private static final String LOCKED = "the file is locked by another program (is it open in Excel?) "
            + "or is read-only";
    private static final ExportTarget FILES = new ExportTarget(UnaryOperator.identity());

    private final UnaryOperator<OutputStream> disk;

    /** @param disk what the bytes pass through on their way to the file; tests put a full disk there */
    ExportTarget(UnaryOperator<OutputStream> disk) {
        this.disk = disk;
    }

    /**
     * Replaces {@code requested} with what {@code content} writes; the temporary file beside it is recorded
     * in {@code dataFolder}, so that the next start removes it if this process is killed.
     */
    static void write(Path requested, Path dataFolder, AtomicWrite.Content content) {
        FILES.replace(requested, dataFolder, content);
    }

    /** {@link #write(Path, Path, AtomicWrite.Content)} without a record in a data folder. */
    static void write(Path requested, AtomicWrite.Content content) {
        FILES.replace(requested, null, content);
    }

    void replace(Path requested, Path dataFolder, AtomicWrite.Content content) {
        Path target = requested.toAbsolutePath().normalize();
        Path folder = checkTarget(target);
        RecordingStream[] recorded = new RecordingStream[1];
        AtomicWrite write = AtomicWrite.to(target).through(out -> recorded[0] = new RecordingStream(disk.apply(out)));
        try {
            (dataFolder == null ? write : write.recordedIn(dataFolder)).write(content);
        } catch (IOException e) {
            throw failure(target, folder, e, recorded[0]);
        } catch (RuntimeException e) {
            // Libraries wrap a failed write in exceptions of their own, some without the cause: the stream
            // itself remembers what the file system said.
            if (!(e instanceof ExportException) && (DiskFull.is(e) || recorded[0] != null
                    && DiskFull.is(recorded[0].failure))) {
                throw diskFull(target, e);
            }
            throw e;
        }
    }

    private static ExportException diskFull(Path target, Throwable cause) {
        return new ExportException("Could not write " + target + ": the disk is full. Free some space and "
                + "export again; the previous file is unchanged.", cause);
    }

    private static ExportException failure(Path target, Path folder, IOException e, RecordingStream recorded) {
        if (DiskFull.is(e) || recorded != null && DiskFull.is(recorded.failure)) {
            return diskFull(target, e);
        }
        if (e instanceof AccessDeniedException denied && denied.getOtherFile() == null && recorded == null) {
            // refused before anything was written: the temporary file could not be made in the folder
            return new TargetNotWritableException(target, "the folder " + folder + " is not writable", e);
        }
        if (e instanceof FileSystemException fs && fs.getOtherFile() != null) {
            // the rename over the target was refused
            return new TargetNotWritableException(target, LOCKED, e);
        }
        return new ExportException("Could not write " + target + ": " + e.getMessage(), e);
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
}
