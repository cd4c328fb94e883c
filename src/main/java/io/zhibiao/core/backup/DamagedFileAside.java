package io.zhibiao.core.backup;

import io.zhibiao.core.files.AtomicWrite;
import io.zhibiao.core.store.StoreFile;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Keeps a damaged store file, byte for byte, beside the store under a name of its own,
 * {@code <store>.damaged-<UTC time>.mv.db}, before a backup takes the store's name: it may still hold
 * work the backup lacks, for a specialist's recovery tool. It never goes into the backups folder, where it
 * would be offered as a backup to restore. Never opened: opening a damaged file can write to it.
 */
final class DamagedFileAside {
    static final String MARK = ".damaged-";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private DamagedFileAside() {
    }

    /**
     * A second name for the file (a hard link), or a copy forced to disk where links are not supported.
     * The store's own name is replaced afterwards in one rename, so at no point is there no store file.
     *
     * @return the kept file
     */
    static Path keep(Path location, Instant at) {
        Path dataFile = StoreFile.dataFile(location);
        String base = location.getFileName() + MARK + TIME.format(at);
        for (int n = 0; ; n++) {
            Path aside = location.resolveSibling(base + (n == 0 ? "" : "-" + n) + StoreFile.EXTENSION);
            if (Files.exists(aside)) {
                continue;
            }
            try {
                linkOrCopy(dataFile, aside);
                return aside;
            } catch (FileAlreadyExistsException e) {
                // taken meanwhile: the next name
            } catch (IOException e) {
                throw new BackupException("Nothing was restored: the damaged store file " + dataFile
                        + " could not be kept as " + aside + " first: " + e.getMessage(), e);
            }
        }
    }

    /** Either way the new name is on the disk before the store's name is given to the backup. */
    private static void linkOrCopy(Path dataFile, Path aside) throws IOException {
        try {
            Files.createLink(aside, dataFile);
            AtomicWrite.syncFolder(aside.getParent());
            return;
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException e) {
            // FAT, some network shares: no hard links
        }
        if (Files.exists(aside)) {
            throw new FileAlreadyExistsException(aside.toString());
        }
        AtomicWrite.to(aside).write(out -> Files.copy(dataFile, out));
    }

    /** Puts the kept file back under the store's name when the restored store turned out not to open. */
    static void putBack(Path aside, Path location) throws IOException {
        AtomicWrite.to(StoreFile.dataFile(location)).write(out -> Files.copy(aside, out));
    }
}
