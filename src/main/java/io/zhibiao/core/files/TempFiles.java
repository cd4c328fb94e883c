package io.zhibiao.core.files;

import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Temporary files and folders named after the process that makes them:
 * {@code .zhibiao-tmp-<pid>-<random>-<label>}, files with {@code .tmp} at the end. A process killed with SIGKILL (or by a power cut) cannot
 * remove its own; the next one tells them from the work of a process still running by that id, and
 * {@link #removeAbandoned removes} only those whose process is gone.
 *
 * <p>A temporary file that has to live elsewhere (beside an export's target, so that it can be renamed over
 * it) is {@link #track tracked} by a small file in the data folder that names it, so that the next start,
 * which only knows the data folder, finds it too.
 */
public final class TempFiles {
    private static final String PREFIX = ".zhibiao-tmp-";
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-([0-9a-z]+)(?:-.*)?",
            Pattern.DOTALL);
    /** Label of a file that names a temporary file elsewhere. */
    private static final String POINTER = "elsewhere";
    /** Enough for a file name in any encoding to stay under the 255 bytes most file systems allow. */
    private static final int MAX_LABEL = 40;
    /**
     * A process's start time is known to about a second on Linux (its boot time is counted in whole
     * seconds); a process that started this much after a file was last written is surely not its writer.
     */
    private static final Duration START_TIME_SLACK = Duration.ofSeconds(3);

    private TempFiles() {
    }

    /**
     * Creates an empty file in {@code folder}. Not {@link Files#createTempFile}: that makes the file
     * readable by its owner only, and an export renamed into place is for colleagues; a plain new file
     * gets the permissions the user's umask gives every file.
     *
     * @param label what the file is for, e.g. the name of the file it will become (shortened)
     */
    public static Path newFile(Path folder, String label) throws IOException {
        while (true) {
            try {
                return Files.createFile(folder.resolve(newName(label) + ".tmp"));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another random part
            }
        }
    }

    /**
     * A name for a new temporary file in {@code folder}, not created yet: for a file that is {@link #track
     * tracked} before it exists, so that no moment leaves it on the disk without its record.
     */
    public static Path freshPath(Path folder, String label) {
        return folder.resolve(newName(label) + ".tmp");
    }

    /** Creates an empty folder in {@code folder}; see {@link #newFile}. */
    public static Path newFolder(Path folder, String label) throws IOException {
        while (true) {
            try {
                return Files.createDirectory(folder.resolve(newName(label)));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another random part
            }
        }
    }

    /** Whether {@code fileName} is a temporary file or folder of some Zhibiao process. */
    public static boolean isTemporary(String fileName) {
        return NAME.matcher(fileName).matches();
    }

    /**
     * Records in {@code dataFolder} that {@code temporary} (a file named by {@link #freshPath} elsewhere)
     * exists or is about to, so that the next process's {@link #removeAbandoned} on the data folder removes it if this
     * process is killed before it does. Closing the result forgets it.
     */
    public static Tracked track(Path dataFolder, Path temporary) throws IOException {
        Files.createDirectories(dataFolder);
        Path pointer = newFile(dataFolder, POINTER);
        try {
            Files.writeString(pointer, temporary.toAbsolutePath().normalize().toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            Files.deleteIfExists(pointer);
            throw e;
        }
        return new Tracked(pointer);
    }

    /** A file that names a temporary file elsewhere; closing it deletes it. */
    public static final class Tracked implements AutoCloseable {
        private final Path pointer;

        private Tracked(Path pointer) {
            this.pointer = pointer;
        }

        @Override
        public void close() {
            deleteQuietly(pointer);
        }
    }

    /**
     * Whether the process that made {@code temporary} is gone: no process has its id, or the one that has
     * it now started after the file was last written (process ids are reused).
     */
    public static boolean isAbandoned(Path temporary) {
        Matcher m = NAME.matcher(temporary.getFileName().toString());
        if (!m.matches()) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return true; // no process has an id that large
        }
        if (pid == ProcessHandle.current().pid()) {
            return false;
        }
        Optional<ProcessHandle> owner = ProcessHandle.of(pid);
        if (owner.isEmpty() || !owner.get().isAlive()) {
            return true;
        }
        Optional<Instant> started = owner.get().info().startInstant();
        if (started.isEmpty()) {
            return false;
        }
        try {
            Instant written = Files.readAttributes(temporary, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .lastModifiedTime().toInstant();
            return started.get().isAfter(written.plus(START_TIME_SLACK));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Deletes the temporary files and folders in {@code folder} (not below it) whose process is gone, and
     * the temporary files elsewhere that such a process {@link #track tracked} here. Never throws: a
     * leftover that cannot be deleted now is tried again next time.
     *
     * @return how many were deleted
     */
    public static int removeAbandoned(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, PREFIX + "*")) {
            for (Path p : entries) {
                if (!isAbandoned(p)) {
                    continue;
                }
                if (p.getFileName().toString().endsWith("-" + POINTER + ".tmp") && Files.isRegularFile(p,
                        LinkOption.NOFOLLOW_LINKS)) {
                    removed += removeTracked(p);
                }
                if (deleteTree(p)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            LoggerFactory.getLogger(TempFiles.class).debug("Could not list {}: {}", folder, e.toString());
        }
        return removed;
    }

    /** The file a pointer names, if it is still one of ours and abandoned (never anything else). */
    private static int removeTracked(Path pointer) {
        try {
            String named = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            if (named.isEmpty()) {
                return 0;
            }
            Path target = Path.of(named);
            if (target.isAbsolute() && target.getFileName() != null && isTemporary(target.getFileName().toString())
                    && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && isAbandoned(target)
                    && Files.deleteIfExists(target)) {
                return 1;
            }
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(TempFiles.class).debug("Could not follow {}: {}", pointer, e.toString());
        }
        return 0;
    }

    /**
     * Deletes a file or a folder with everything in it; symbolic links are removed, never followed.
     *
     * @return whether {@code path} is gone
     */
    public static boolean deleteTree(Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(Comparator.reverseOrder()).forEach(TempFiles::deleteQuietly);
        } catch (IOException | java.io.UncheckedIOException e) {
            LoggerFactory.getLogger(TempFiles.class).debug("Could not delete {}: {}", path, e.toString());
        }
        return !Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (NoSuchFileException e) {
            // gone already
        } catch (IOException e) {
            LoggerFactory.getLogger(TempFiles.class).debug("Could not delete {}: {}", p, e.toString());
        }
    }

    private static String newName(String label) {
        return nameFor(ProcessHandle.current().pid(), label);
    }

    /** The name a temporary file or folder of process {@code pid} gets (tests make other processes' ones). */
    static String nameFor(long pid, String label) {
        String random = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        String plain = label.replace('/', '_').replace('\\', '_');
        String shortLabel = plain.codePointCount(0, plain.length()) <= MAX_LABEL ? plain
                : plain.substring(0, plain.offsetByCodePoints(0, MAX_LABEL));
        return PREFIX + pid + "-" + random + (shortLabel.isEmpty() ? "" : "-" + shortLabel);
    }
}
