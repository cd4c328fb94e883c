package io.zhibiao.core.backup;

import io.zhibiao.core.store.BackupName;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreBackups;
import io.zhibiao.core.store.StoreException;
import io.zhibiao.core.store.StoreFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The backups of one store, kept in {@code <store folder>/backups}: made on request, once a day at
 * start, before a schema migration (by {@link Store#open}) and before a restore.
 *
 * <p>Rotation keeps the newest {@code keep} backups of each routine reason (manual, daily, before-restore)
 * apart, so a day of daily copies never pushes out a copy the analyst made on purpose. Copies taken before
 * a schema migration are never rotated: there is one per schema version, and each is the only way back to
 * a store the previous version of the application can open.
 */
public final class Backups {

    private final Path location;
    private final int keep;
    private final Clock clock;

    /**
     * @param storeLocation the store path without extension (a path to its {@code .mv.db} is accepted)
     * @param keep          how many backups of each routine reason to keep, at least 1
     */
    public Backups(Path storeLocation, int keep, Clock clock) {
        if (keep < 1) {
            throw new IllegalArgumentException("at least one backup must be kept, not " + keep);
        }
        this.location = StoreFile.location(storeLocation);
        this.keep = keep;
        this.clock = clock;
    }

    public Backups(Path storeLocation, int keep) {
        this(storeLocation, keep, Clock.systemDefaultZone());
    }

    public Path folder() {
        return StoreBackups.folder(location);
    }

    /** Every backup of this store, newest first; unfinished and foreign files are left out. */
    public List<Backup> list() {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        String store = location.getFileName().toString();
        List<Backup> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Optional<BackupName> name = BackupName.parse(store, f.getFileName().toString());
                if (name.isPresent() && Files.isRegularFile(f)) {
                    found.add(new Backup(f, name.get().takenAt(), name.get().reason(), Files.size(f)));
                }
            }
        } catch (IOException e) {
            throw new BackupException("Could not list the backups in " + folder + ": " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(Backup::takenAt).thenComparing(Backup::fileName).reversed());
        return found;
    }

    public Optional<Backup> latest() {
        return list().stream().findFirst();
    }

    /** A backup on request of the open {@code store}, then rotation. */
    public Backup backUp(Store store) {
        return take(store, BackupName.MANUAL);
    }

    /**
     * A daily backup of the open {@code store} unless one was already taken today (in the clock's time
     * zone, the analyst's calendar day).
     *
     * @return the backup made, or empty when one for today exists
     */
    public Optional<Backup> dailyIfDue(Store store) {
        LocalDate today = LocalDate.now(clock);
        boolean done = list().stream().filter(b -> BackupName.DAILY.equals(b.reason())).findFirst()
                .map(b -> !LocalDate.ofInstant(b.takenAt(), clock.getZone()).isBefore(today))
                .orElse(false);
        return done ? Optional.empty() : Optional.of(take(store, BackupName.DAILY));
    }

    /**
     * Replaces the store with the copy in {@code backup}. The store must not be open (in this process or
     * another); the current store is first backed up with reason {@code before-restore}, or, when its file
     * is empty or cannot be read, kept beside the store as {@code <store>.damaged-<time>.mv.db}, unopened.
     *
     * @throws io.zhibiao.core.store.StoreInUseException if the store is open
     * @throws BackupException if the backup is missing or damaged, or the files cannot be written;
     *                         the store is then as it was
     */
    public Restored restore(Path backup) {
        Backup chosen = describe(backup);
        StoreRestore.Outcome outcome = new StoreRestore(location, clock).restore(chosen.file());
        prune();
        return new Restored(chosen, outcome.safetyCopy().map(p -> describe(p.file())), outcome.damagedKept(),
                outcome.fromScript());
    }

    /** Deletes routine backups beyond the newest {@code keep} of each reason; returns what it deleted. */
    public List<Backup> prune() {
        Map<String, List<Backup>> byReason = list().stream().filter(b -> !b.isBeforeMigration())
                .collect(Collectors.groupingBy(Backup::reason));
        List<Backup> deleted = new ArrayList<>();
        for (List<Backup> newestFirst : byReason.values()) {
            for (Backup old : newestFirst.subList(Math.min(keep, newestFirst.size()), newestFirst.size())) {
                try {
                    Files.deleteIfExists(old.file());
                    deleted.add(old);
                } catch (IOException e) {
                    throw new BackupException("Could not delete the old backup " + old.file() + ": "
                            + e.getMessage(), e);
                }
            }
        }
        return deleted;
    }

    private Backup take(Store store, String reason) {
        Path file;
        try {
            file = store.backUp(reason, clock.instant());
        } catch (StoreException e) {
            throw new BackupException(e.getMessage(), e);
        }
        prune();
        return describe(file);
    }

    /** A backup file given by path; one from another folder or with another name is described by its file. */
    private Backup describe(Path file) {
        Path f = file.toAbsolutePath().normalize();
        long size;
        try {
            size = Files.size(f);
        } catch (IOException e) {
            throw new BackupException("The backup file " + f + " does not exist.", e);
        }
        return BackupName.parse(location.getFileName().toString(), f.getFileName().toString())
                .map(n -> new Backup(f, n.takenAt(), n.reason(), size))
                .orElseGet(() -> new Backup(f, modified(f), "file", size));
    }

    private static java.time.Instant modified(Path f) {
        try {
            return Files.getLastModifiedTime(f).toInstant();
        } catch (IOException e) {
            throw new BackupException("Could not read the backup file " + f + ": " + e.getMessage(), e);
        }
    }
}
