package io.zhibiao.core.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The store file is empty or cannot be read: H2 found it corrupted, cut short, or not a database at all.
 * Thrown before anything was written to it when the store is being opened, so the file is as it was and
 * a backup can be restored in its place ({@code io.zhibiao.core.backup.Backups#restore} keeps it aside).
 */
public class DamagedStoreException extends StoreException {
    /** What is wrong with the file. */
    public enum Problem {
        /** 0 bytes: there is nothing in it, and H2 would silently make a new, empty store of it. */
        EMPTY,
        /** H2 cannot read it: corrupted pages, a cut-off file, or not an H2 file. */
        UNREADABLE
    }

    private final Path location;
    private final Problem problem;
    private final String reason;

    private DamagedStoreException(Path location, Problem problem, String reason, String message, Throwable cause) {
        super(message, cause);
        this.location = location;
        this.problem = problem;
        this.reason = reason;
    }

    static DamagedStoreException empty(Path location) {
        return new DamagedStoreException(location, Problem.EMPTY, "the file is empty (0 bytes)",
                "The store file " + StoreFile.dataFile(location) + " is empty (0 bytes): it holds nothing, "
                        + "and it was left as it is rather than replaced by a new, empty store.", null);
    }

    static DamagedStoreException unreadable(Path location, Throwable cause) {
        String reason = StoreDamage.reason(cause);
        return new DamagedStoreException(location, Problem.UNREADABLE, reason, "The store file "
                + StoreFile.dataFile(location) + " is damaged and cannot be read (" + reason + "). It was left "
                + "as it is.", cause);
    }

    /** Found while the store was in use: the damage is in pages the open did not need. */
    static DamagedStoreException whileUsing(String what, Throwable cause) {
        String reason = StoreDamage.reason(cause);
        return new DamagedStoreException(null, Problem.UNREADABLE, reason, "The store is damaged: Zhibiao could "
                + "not " + what + " because part of the store file cannot be read (" + reason + ").", cause);
    }

    /** The store, without extension; absent when the damage was met in a store already open. */
    public Optional<Path> location() {
        return Optional.ofNullable(location);
    }

    public Problem problem() {
        return problem;
    }

    /** What H2 reported, shortened to a clause (e.g. {@code File corrupted while reading record}). */
    public String reason() {
        return reason;
    }
}
