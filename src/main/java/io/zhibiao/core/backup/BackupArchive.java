package io.zhibiao.core.backup;

import io.zhibiao.core.store.StoreFile;

import java.io.IOException;
import java.io.InputStream;
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

/** The zip form of a backup: one {@code .mv.db} entry, as H2's {@code BACKUP TO} writes it. */
final class BackupArchive {
    private BackupArchive() {
    }

    /** Extracts the store file of {@code backup} into {@code target} (which must not exist yet). */
    static void extract(Path backup, Path target) {
        if (!Files.isRegularFile(backup)) {
            throw new BackupException("The backup file " + backup + " does not exist.");
        }
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            List<? extends ZipEntry> stores = zip.stream()
                    .filter(e -> !e.isDirectory() && e.getName().endsWith(StoreFile.EXTENSION)).toList();
            if (stores.size() != 1) {
                throw new BackupException("The file " + backup + " is not a Zhibiao backup: it holds "
                        + (stores.isEmpty() ? "no" : stores.size()) + " store files (" + StoreFile.EXTENSION
                        + "), one was expected.");
            }
            try (InputStream in = zip.getInputStream(stores.get(0));
                 FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                in.transferTo(Channels.newOutputStream(out));
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
     * Zips a store file as it lies on disk, for a store that no longer opens: its safety copy before a
     * restore cannot come from the database itself.
     */
    static void zipRawFile(Path dataFile, Path target) throws IOException {
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ZipOutputStream zip = new ZipOutputStream(Channels.newOutputStream(out));
            zip.putNextEntry(new ZipEntry(dataFile.getFileName().toString()));
            Files.copy(dataFile, zip);
            zip.closeEntry();
            zip.finish();
            zip.flush();
            out.force(true);
        }
    }
}
