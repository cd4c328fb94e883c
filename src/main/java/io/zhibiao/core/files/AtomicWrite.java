package io.zhibiao.core.files;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.UnaryOperator;

/**
 * The one way Zhibiao replaces a file (exports, work files, settings, backups, the instance signal): readers,
 * and the disk after a kill or a power cut, only ever hold the old file or the whole new one.
 *
 * <p>The content goes to a {@link TempFiles temporary file} in the target's folder (the same file system, so
 * the rename is atomic), which is forced to the disk, renamed over the target in one step (a plain replace
 * where the file system refuses atomic moves), and then the folder itself is forced, so that the rename is on
 * the disk too. A failure or a cancel at any point leaves the old target byte for byte and removes the
 * temporary file; one left by a killed process is removed by the next write into that folder, or by the next
 * start when it was {@link #recordedIn recorded} in the data folder.
 *
 * <p>Failures are the file system's {@link IOException}s and whatever the content throws, unchanged; callers
 * tell them to the user in their own words.
 */
public final class AtomicWrite {
    /** Writes the content to a stream; closing it is allowed and changes nothing. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes the content into a file by its path, for a library that writes only that way. */
    @FunctionalInterface
    public interface FileContent {
        void writeTo(Path file) throws IOException;
    }

    private static final int BUFFER = 1 << 16;

    private final Path target;
    private final Path dataFolder;
    private final UnaryOperator<OutputStream> through;

    private AtomicWrite(Path target, Path dataFolder, UnaryOperator<OutputStream> through) {
        this.target = target.toAbsolutePath().normalize();
        this.dataFolder = dataFolder;
        this.through = through;
    }

    /** A write that will replace {@code target}. */
    public static AtomicWrite to(Path target) {
        return new AtomicWrite(target, null, UnaryOperator.identity());
    }

    /**
     * Records the temporary file in {@code dataFolder} while it exists (when it is elsewhere), so that the
     * next start finds it if this process is killed (see {@link TempFiles#track}).
     */
    public AtomicWrite recordedIn(Path dataFolder) {
        return new AtomicWrite(target, dataFolder.toAbsolutePath().normalize(), through);
    }

    /**
     * Passes the bytes through {@code wrap} on their way to the file: to keep what the file system said
     * when a library hides it, or in tests to put a full disk behind the file.
     */
    public AtomicWrite through(UnaryOperator<OutputStream> wrap) {
        return new AtomicWrite(target, dataFolder, wrap);
    }

    /** Replaces the target with what {@code content} writes. */
    public void write(Content content) throws IOException {
        replace(tmp -> {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                OutputStream out = new KeepOpen(new BufferedOutputStream(through.apply(
                        Channels.newOutputStream(channel)), BUFFER));
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
        });
    }

    /** Replaces the target with the file {@code content} writes at the path it is given. */
    public void writeFile(FileContent content) throws IOException {
        replace(tmp -> {
            content.writeTo(tmp);
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        });
    }

    /** Replaces {@code target} with {@code bytes}. */
    public static void writeBytes(Path target, byte[] bytes) throws IOException {
        to(target).write(out -> out.write(bytes));
    }

    /** Replaces {@code target} with {@code text} in UTF-8. */
    public static void writeString(Path target, String text) throws IOException {
        writeBytes(target, text.getBytes(StandardCharsets.UTF_8));
    }

    private void replace(FileContent filled) throws IOException {
        Path folder = target.getParent();
        if (folder == null) {
            throw new IOException(target + " has no folder to write it in");
        }
        TempFiles.removeAbandoned(folder);
        Path tmp = TempFiles.freshPath(folder, target.getFileName().toString());
        TempFiles.Tracked tracked = null;
        try {
            if (dataFolder != null && !dataFolder.equals(folder)) {
                // recorded before it exists: a kill at any moment leaves no temporary file without a record
                tracked = TempFiles.track(dataFolder, tmp);
            }
            Files.createFile(tmp); // the permissions of any new file: see TempFiles.newFile
            filled.writeTo(tmp);
            moveIntoPlace(tmp, target);
        } finally {
            // the file before the record of it: a kill in between leaves a record of nothing, not the reverse
            TempFiles.deleteQuietly(tmp);
            if (tracked != null) {
                tracked.close();
            }
        }
    }

    /**
     * Renames {@code from} over {@code to} (same folder or at least the same file system) in one step where
     * the file system allows it, and forces the folder of {@code to} so that the rename survives a power cut.
     * {@code from} must already be on the disk.
     */
    public static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        syncFolder(to.toAbsolutePath().getParent());
    }

    /**
     * Forces a folder's entries (names, renames) to the disk. Windows cannot open a folder this way and
     * says so with an IOException; NTFS journals renames itself, so there is nothing more to do there.
     */
    public static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows: folders cannot be opened as channels
        }
    }

    /** Lets content close the stream it was given without closing the file before it is forced. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
