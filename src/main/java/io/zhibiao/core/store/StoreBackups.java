package io.zhibiao.core.store;

import io.zhibiao.core.files.AtomicWrite;
import io.zhibiao.core.files.TempFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Writes backup files into the folder beside the store. Lives in the store package because opening a
 * store takes a backup before a schema migration; the catalogue of backups (listing, rotation, restore)
 * is {@code io.zhibiao.core.backup}, built on this.
 *
 * <p>A copy is made with H2's {@code BACKUP TO}: it runs while the store is open and in use, and stays
 * consistent because H2 stops reusing file space while it copies, so every page the copy reads is from a
 * committed state. Beside the store file, the backup carries the store as a SQL script ({@link StoreScript}),
 * which a later H2 that cannot read this file format can still load. It is written with {@link AtomicWrite}
 * (a temporary name, forced to disk, then renamed):
 * a backup file with a final name is always whole, and a copy cut short by a kill is removed by the next
 * start ({@link StoreLeftovers}).
 */
public final class StoreBackups {
    public static final String FOLDER = "backups";

    private StoreBackups() {
    }

    /** {@code <store folder>/backups}. */
    public static Path folder(Path location) {
        return location.resolveSibling(FOLDER);
    }

    /**
     * Copies the database {@code c} is connected to into a new backup file.
     *
     * @return the backup file
     * @throws StoreException if the copy cannot be written (the message names the file and the cause);
     *                        no file is left behind
     * @throws DamagedStoreException if the store cannot be read to copy it
     */
    public static Path write(Connection c, Path location, String reason, Instant at) {
        Path folder = folder(location);
        Path target = null;
        try {
            target = newFile(location, reason, at);
            String scriptName = StoreScript.entryName(location);
            AtomicWrite.to(target).writeFile(partial -> {
                // H2 writes each part as a zip of its own; they are joined into the backup, entries as packed
                Path storeZip = TempFiles.freshPath(partial.getParent(), "store");
                Path scriptZip = TempFiles.freshPath(partial.getParent(), "script");
                try (PreparedStatement st = c.prepareStatement("BACKUP TO ?")) {
                    st.setString(1, storeZip.toString());
                    st.execute();
                    StoreScript.write(c, scriptZip);
                    BackupZip.join(storeZip, scriptZip, scriptName, StoreFile.catalogFile(location), partial);
                } catch (SQLException e) {
                    throw new IOException(e.getMessage(), e);
                } finally {
                    TempFiles.deleteTree(storeZip);
                    TempFiles.deleteTree(scriptZip);
                }
            });
            return target;
        } catch (IOException e) {
            if (StoreDamage.isDamage(e)) {
                // a copy of a damaged store is no backup: it must never push a sound one out of the rotation
                throw DamagedStoreException.whileUsing("back up the store to " + (target != null ? target : folder), e);
            }
            throw new StoreException("Could not back up the store at " + location + " to "
                    + (target != null ? target : folder) + ": " + e.getMessage(), e);
        }
    }

    /**
     * A name for a new backup in the (created) backups folder; two backups in the same millisecond (a
     * test, a double click) get distinct names.
     */
    public static Path newFile(Path location, String reason, Instant at) throws IOException {
        Path folder = Files.createDirectories(folder(location));
        String store = location.getFileName().toString();
        Instant t = at;
        Path p = folder.resolve(new BackupName(store, t, reason).fileName());
        while (Files.exists(p)) {
            t = t.plusMillis(1);
            p = folder.resolve(new BackupName(store, t, reason).fileName());
        }
        return p;
    }
}
