package io.zhibiao.core.backup;

import io.zhibiao.core.store.StoreFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The zip form of a backup: one {@code .mv.db} entry, as H2's {@code BACKUP TO} writes it, and (in backups
 * made since the script was added) one {@code .sql} entry, the store as a SQL script
 * ({@link io.zhibiao.core.store.StoreScript}). Nothing else: an archive with other entries is refused.
 */
final class BackupArchive {
    /** How a backup's SQL script entry ends. */
    static final String SCRIPT = ".sql";

    private BackupArchive() {
    }

    /**
     * Bounds on what an archive may unpack to. A zip can declare any size and expand a thousandfold (a
     * 2 MB archive once grew to 2 GB before it was refused), so the entry is checked before anything is
     * written and counted while it is: the file on disk never exceeds the declared size, which never
     * exceeds {@code maxBytes}. A store's own pages are compressed, so a real backup expands little; a
     * small store with much empty space may expand more, hence the ratio applies above {@code ratioFreeBytes}.
     */
    record Limits(long maxBytes, long maxRatio, long ratioFreeBytes) {
        static final long MAX_STORE = 64L << 30;
        /** Room left on the disk after the restore, for the store to grow and the safety copy. */
        static final long RESERVE = 256L << 20;

        static Limits forFolder(Path folder) {
            long usable;
            try {
                usable = Files.getFileStore(folder).getUsableSpace();
            } catch (IOException e) {
                usable = MAX_STORE;
            }
            return new Limits(Math.max(0, Math.min(MAX_STORE, usable - RESERVE)), 200, 16L << 20);
        }
    }

    /** Extracts the store file of {@code backup} into {@code target} (which must not exist yet). */
    static void extract(Path backup, Path target) {
        extract(backup, target, Limits.forFolder(target.getParent()));
    }

    /**
     * @throws StoreFileUnreadable if the archive has no store file or its bytes cannot be read (a script in the
     *                             same backup may still restore it)
     * @throws BackupException     if the archive is not a backup or would unpack to more than {@code limits}
     */
    static void extract(Path backup, Path target, Limits limits) {
        extract(backup, target, limits, StoreFile.EXTENSION);
    }

    /** Extracts the SQL script of {@code backup} into {@code target}, within the same limits as the store file. */
    static void extractScript(Path backup, Path target) {
        extract(backup, target, Limits.forFolder(target.getParent()), SCRIPT);
    }

    /**
     * Extracts the analyst's catalog layer of {@code backup} into {@code target} (which must not exist yet);
     * false when the backup carries none (none existed, or it was taken before backups carried it).
     */
    static boolean extractCatalog(Path backup, Path target) {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            if (entry(backup, zip, StoreFile.CATALOG) == null) {
                return false;
            }
        } catch (IOException e) {
            throw new BackupException("Could not read the backup " + backup + ": " + e.getMessage(), e);
        }
        extract(backup, target, Limits.forFolder(target.getParent()), StoreFile.CATALOG);
        return true;
    }

    /** Whether {@code backup} carries the store as a SQL script as well. */
    static boolean hasScript(Path backup) {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            return entry(backup, zip, SCRIPT) != null;
        } catch (IOException | BackupException e) {
            return false;
        }
    }

    private static void extract(Path backup, Path target, Limits limits, String kind) {
        if (!Files.isRegularFile(backup)) {
            throw new BackupException("The backup file " + backup + " does not exist.");
        }
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry entry = entry(backup, zip, kind);
            if (entry == null) {
                throw new StoreFileUnreadable("The file " + backup + " holds no store file (" + kind + ").",
                        "is missing");
            }
            long size = checkedSize(backup, entry, limits);
            try (InputStream in = zip.getInputStream(entry);
                 FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                copyAtMost(in, Channels.newOutputStream(out), size, backup, entry.getName());
                // Once at the end: syncing each write made a restore of an 80 MB store take 50 s instead of 2.
                out.force(true);
            }
        } catch (ZipException e) {
            throw new BackupException("The file " + backup + " is not a Zhibiao backup or is damaged "
                    + "(not a readable zip file: " + e.getMessage() + ").", e);
        } catch (NoSuchFileException e) {
            throw new BackupException("The backup file " + backup + " does not exist.", e);
        } catch (IOException e) {
            throw new BackupException("Could not read the backup " + backup + " into " + target.getParent()
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * The archive's entry of one kind (store file or script), null when it has none. Every entry must have a
     * plain name, and there may be one of each kind and nothing else.
     */
    private static ZipEntry entry(Path backup, ZipFile zip, String kind) {
        List<? extends ZipEntry> entries = zip.stream().toList();
        for (ZipEntry e : entries) {
            String name = e.getName();
            if (name.contains("/") || name.contains("\\") || name.contains("..") || name.contains(":")) {
                throw new BackupException("The file " + backup + " is not a Zhibiao backup: its entry \""
                        + name + "\" is a path, not a plain file name.");
            }
            if (e.isDirectory() || (!name.endsWith(StoreFile.EXTENSION) && !name.endsWith(SCRIPT)
                    && !name.equals(StoreFile.CATALOG))) {
                throw new BackupException("The file " + backup + " is not a Zhibiao backup: it holds an entry (\""
                        + name + "\") that is neither a store file (" + StoreFile.EXTENSION + ") nor its script ("
                        + SCRIPT + ").");
            }
        }
        if (kind.equals(StoreFile.CATALOG)) {
            return entries.stream().filter(e -> e.getName().equals(StoreFile.CATALOG)).findFirst().orElse(null);
        }
        List<? extends ZipEntry> stores = entries.stream().filter(e -> e.getName().endsWith(StoreFile.EXTENSION)).toList();
        List<? extends ZipEntry> scripts = entries.stream().filter(e -> e.getName().endsWith(SCRIPT)).toList();
        if (stores.size() > 1 || scripts.size() > 1 || entries.isEmpty()) {
            throw new BackupException("The file " + backup + " is not a Zhibiao backup: it holds "
                    + (entries.isEmpty() ? "no" : stores.size() > 1 ? stores.size() : scripts.size())
                    + (scripts.size() > 1 ? " scripts (" + SCRIPT + ")" : " store files (" + StoreFile.EXTENSION + ")")
                    + ", one was expected.");
        }
        List<? extends ZipEntry> wanted = kind.equals(SCRIPT) ? scripts : stores;
        return wanted.isEmpty() ? null : wanted.get(0);
    }

    private static long checkedSize(Path backup, ZipEntry entry, Limits limits) {
        long size = entry.getSize();
        long packed = entry.getCompressedSize();
        if (size < 0 || packed < 0) {
            throw new BackupException("The file " + backup + " is not a Zhibiao backup: it does not say how "
                    + "large its store file is.");
        }
        if (size > limits.maxBytes()) {
            throw new BackupException("The backup " + backup + " was not restored: its store file would take "
                    + size + " bytes, more than the " + limits.maxBytes() + " bytes that can be unpacked here.");
        }
        if (size > limits.ratioFreeBytes() && size > packed * limits.maxRatio()) {
            throw new BackupException("The backup " + backup + " was not restored: its store file would expand "
                    + "from " + packed + " to " + size + " bytes, more than a Zhibiao backup does "
                    + "(a zip bomb or a damaged file).");
        }
        return size;
    }

    /**
     * Copies at most {@code size} bytes: an entry that holds more than it declares is refused there. An entry
     * whose bytes cannot be read (a bad checksum, a cut-off archive) is damaged, not foreign.
     */
    private static void copyAtMost(InputStream in, OutputStream out, long size, Path backup, String name)
            throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        while (true) {
            int n;
            try {
                n = in.read(buffer, 0, (int) Math.min(buffer.length, size - copied + 1));
            } catch (IOException e) {
                throw new StoreFileUnreadable("The backup " + backup + " is damaged: its " + name + " cannot be read ("
                        + e.getMessage() + ").", "cannot be read", e);
            }
            if (n <= 0) {
                break;
            }
            if (copied + n > size) {
                throw new BackupException("The backup " + backup + " is damaged: its store file holds more "
                        + "than the " + size + " bytes the zip declares.");
            }
            out.write(buffer, 0, n);
            copied += n;
        }
        out.flush();
    }

    /**
     * Zips a store file as it lies on disk, for a store that no longer opens: its safety copy before a
     * restore cannot come from the database itself.
     */
    static void zipRawFile(Path dataFile, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(dataFile.getFileName().toString()));
        Files.copy(dataFile, zip);
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }
}
