package io.zhibiao.core.backup;

import io.zhibiao.core.files.AtomicWrite;
import io.zhibiao.core.files.TempFiles;
import io.zhibiao.core.store.BackupName;
import io.zhibiao.core.store.DamagedStoreException;
import io.zhibiao.core.store.SchemaGuard;
import io.zhibiao.core.store.ScriptRefusedException;
import io.zhibiao.core.store.StoreBackups;
import io.zhibiao.core.store.StoreException;
import io.zhibiao.core.store.StoreFile;
import io.zhibiao.core.store.StoreInUseException;
import io.zhibiao.core.store.StoreLeftovers;
import io.zhibiao.core.store.StoreScript;
import io.zhibiao.core.store.UnsafeStoreException;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;

/**
 * The steps of a restore, ordered so that a failure at any point leaves the store as it was: the backup
 * is unpacked and opened beside the store first; only then is the current store copied away and the
 * unpacked file renamed over it in one step. Work files live in a temporary folder beside the store
 * (same file system, so the rename is atomic) and are removed whatever happens; after a kill, by the next
 * start or restore ({@link StoreLeftovers}).
 */
final class StoreRestore {
    private final Path location;
    private final Clock clock;

    StoreRestore(Path location, Clock clock) {
        this.location = location;
        this.clock = clock;
    }

    /**
     * What became of the store that was replaced: a safety copy in the backups folder, or, for a store
     * file that is empty or cannot be read, the file itself kept beside the store; both empty when there
     * was no store file. {@code fromScript} tells that the store was rebuilt from the backup's SQL script
     * because its store file could not be read.
     */
    record Outcome(Optional<Backup> safetyCopy, Optional<Path> damagedKept, boolean fromScript) {
    }

    Outcome restore(Path backup) {
        StoreLeftovers.remove(location);
        Path work = createWorkFolder();
        try {
            Path unpacked = StoreFile.dataFile(work.resolve(location.getFileName().toString()));
            boolean fromScript = unpack(backup, work, unpacked);
            // a damaged file is kept as it lies, never opened: opening it for a copy could write to it
            boolean damaged = StoreFile.damage(location).isPresent();
            Optional<Path> previous = Optional.empty();
            if (!damaged) {
                try {
                    previous = copyCurrentStore();
                } catch (DamagedStoreException e) {
                    damaged = true; // it opens, but pages a copy has to read do not
                }
            }
            Optional<Path> aside = damaged ? Optional.of(DamagedFileAside.keep(location, clock.instant()))
                    : Optional.empty();
            replaceWith(unpacked);
            try {
                checkOpens(location, "The restored store at " + location);
            } catch (BackupException e) {
                previous.ifPresent(p -> putBack(p, work, e));
                aside.ifPresent(p -> putBackDamaged(p, e));
                throw e;
            }
            restoreCatalog(backup, work);
            return new Outcome(previous.map(p -> new Backup(p, clock.instant(), BackupName.BEFORE_RESTORE, 0)),
                    aside, fromScript);
        } finally {
            TempFiles.deleteTree(work);
        }
    }

    /**
     * The catalog layer the backup carries goes back beside the store (the one replaced is in the safety
     * copy); a backup without one leaves the layer as it is, since a backup from before backups carried it
     * cannot tell "none" from "not saved".
     */
    private void restoreCatalog(Path backup, Path work) {
        Path unpacked = work.resolve(StoreFile.CATALOG);
        if (BackupArchive.extractCatalog(backup, unpacked)) {
            try {
                AtomicWrite.moveIntoPlace(unpacked, StoreFile.catalogFile(location));
            } catch (IOException e) {
                throw new BackupException("The store was restored, but its indicator catalog could not be put back at "
                        + StoreFile.catalogFile(location) + ": " + e.getMessage(), e);
            }
        }
    }

    private void putBackDamaged(Path aside, BackupException failure) {
        try {
            DamagedFileAside.putBack(aside, location);
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Unpacks the backup's store file into {@code unpacked} and checks it; when that file is missing or does
     * not open (a later H2 cannot read an older file format) and the backup carries the store as a SQL
     * script, builds the store from the script instead. A store that holds code is refused either way.
     *
     * @return whether the store was built from the script
     */
    private boolean unpack(Path backup, Path work, Path unpacked) {
        try {
            BackupArchive.extract(backup, unpacked);
            checkSafe(backup, unpacked);
            checkOpens(StoreFile.location(unpacked), "The backup " + backup + " is damaged: the store in it");
            return false;
        } catch (StoreFileUnreadable unreadable) {
            if (!BackupArchive.hasScript(backup)) {
                throw unreadable;
            }
            LoggerFactory.getLogger(StoreRestore.class).warn("Restoring {} from its SQL script: {}", backup,
                    unreadable.getMessage());
            TempFiles.deleteTree(unpacked);
            fromScript(backup, work, unpacked, unreadable);
            return true;
        }
    }

    private void fromScript(Path backup, Path work, Path unpacked, StoreFileUnreadable unreadable) {
        Path script = work.resolve(location.getFileName() + BackupArchive.SCRIPT);
        BackupArchive.extractScript(backup, script);
        try {
            StoreScript.restore(script, StoreFile.location(unpacked));
        } catch (ScriptRefusedException e) {
            throw new BackupException("The backup " + backup + " was not restored: the store file in it "
                    + unreadable.reason() + ", and its SQL script is not one Zhibiao writes: " + e.finding()
                    + ". Nothing was changed.", e);
        } catch (StoreException e) {
            throw new BackupException("The backup " + backup + " is damaged: the store file in it "
                    + unreadable.reason() + ", and its SQL script does not load: " + e.getMessage(), e);
        } finally {
            TempFiles.deleteTree(script);
        }
        checkSafe(backup, unpacked);
        checkOpens(StoreFile.location(unpacked), "The store built from the script in " + backup);
    }

    /**
     * A backup may come from anywhere: the store in it is refused before it is opened for reading if its
     * schema is not one Zhibiao makes, as it could run code (see {@link SchemaGuard}).
     */
    private static void checkSafe(Path backup, Path unpacked) {
        try {
            SchemaGuard.check(unpacked);
        } catch (UnsafeStoreException e) {
            throw new BackupException("The backup " + backup + " was not restored: the store in it "
                    + e.finding() + ".", e);
        } catch (StoreException e) {
            throw new StoreFileUnreadable("The backup " + backup + " is damaged: the store in it does not open: "
                    + e.getMessage(), "does not open", e);
        }
    }

    private Path createWorkFolder() {
        try {
            Files.createDirectories(location.getParent());
            return TempFiles.newFolder(location.getParent(), "restore");
        } catch (IOException e) {
            throw new BackupException("Could not prepare the restore in " + location.getParent() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Copies the current store into the backups folder. The store is opened only to prove nobody else has
     * it open (a second process fails to open it; a connection of this process shows up as a session); a
     * store that no longer opens at all is copied as the raw file.
     */
    private Optional<Path> copyCurrentStore() {
        Path dataFile = StoreFile.dataFile(location);
        if (!Files.exists(dataFile)) {
            return Optional.empty();
        }
        if (!SchemaGuard.passesBeforeOpen(location)) {
            // a store that would run code on open is kept as it lies on disk, never opened
            return Optional.of(copyRawFile(dataFile));
        }
        Connection c;
        try {
            c = StoreFile.connect(location);
        } catch (StoreInUseException | DamagedStoreException e) {
            throw e;
        } catch (StoreException e) {
            return Optional.of(copyRawFile(dataFile));
        }
        try (c) {
            if (StoreFile.sessions(c) > 1) {
                throw new StoreInUseException(location, null);
            }
            return Optional.of(StoreBackups.write(c, location, BackupName.BEFORE_RESTORE, clock.instant()));
        } catch (StoreInUseException | DamagedStoreException e) {
            throw e;
        } catch (StoreException e) {
            throw new BackupException("Nothing was restored: the store as it is could not be saved first. "
                    + e.getMessage(), e);
        } catch (SQLException e) {
            throw new BackupException("Could not close the store at " + location + ": " + e.getMessage(), e);
        }
    }

    private Path copyRawFile(Path dataFile) {
        Path target = StoreBackups.folder(location);
        try {
            target = StoreBackups.newFile(location, BackupName.BEFORE_RESTORE, clock.instant());
            AtomicWrite.to(target).write(out -> BackupArchive.zipRawFile(dataFile, out));
            return target;
        } catch (IOException e) {
            throw new BackupException("Nothing was restored: the store as it is could not be saved to "
                    + target + " first: " + e.getMessage(), e);
        }
    }

    private void replaceWith(Path unpacked) {
        try {
            AtomicWrite.moveIntoPlace(unpacked, StoreFile.dataFile(location));
        } catch (IOException e) {
            throw new BackupException("Could not put the backup in place of " + StoreFile.dataFile(location)
                    + "; the store is unchanged: " + e.getMessage(), e);
        }
    }

    private void putBack(Path safetyCopy, Path work, BackupException failure) {
        try {
            Path again = StoreFile.dataFile(work.resolve("previous-" + location.getFileName()));
            BackupArchive.extract(safetyCopy, again);
            AtomicWrite.moveIntoPlace(again, StoreFile.dataFile(location));
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** Opens the database file without touching its schema and reads from it. */
    private static void checkOpens(Path location, String what) {
        try (Connection c = StoreFile.connect(location);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
            rs.next();
        } catch (StoreException | SQLException e) {
            throw new StoreFileUnreadable(what + " does not open: " + e.getMessage(), "does not open", e);
        }
    }
}
