package io.zhibiao.core.store;

import io.zhibiao.core.files.DiskFull;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A store operation that failed because of the store's file, not of the data it was given: the disk is
 * full, the file cannot be written or read, or H2 closed the database after such a failure (it does so
 * when a write fails, and the commits since its last good write may then be lost). Nothing written after it
 * can be trusted to stay, so work in progress stops rather than go on document by document.
 *
 * @param diskFull whether the operating system said the disk is full
 * @param reason   the operating system's words, or what happened to the database when it gave none
 */
public record StorageFailure(boolean diskFull, String reason) {
    private static final Set<Integer> STORAGE_CODES = Set.of(ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2,
            ErrorCode.FILE_CORRUPTED_1, ErrorCode.DATABASE_IS_CLOSED, ErrorCode.DATABASE_CALLED_AT_SHUTDOWN,
            ErrorCode.OBJECT_CLOSED);
    /** MVStore's own codes for a file that failed; the others (locks, transactions) are about the data. */
    private static final Set<Integer> MVSTORE_CODES = Set.of(DataUtils.ERROR_READING_FAILED,
            DataUtils.ERROR_WRITING_FAILED, DataUtils.ERROR_CLOSED, DataUtils.ERROR_FILE_CORRUPT,
            DataUtils.ERROR_CHUNK_NOT_FOUND);

    /** A failure that says the disk is full. */
    public static StorageFailure fullDisk() {
        return new StorageFailure(true, "the disk is full");
    }

    /**
     * The storage failure behind {@code failure}, if it is one. H2 often hands the first thread the whole
     * story and the others only "The database has been closed": the original failure may hang on as the
     * cause, as a suppressed exception (a rollback that failed after it) or as a next exception of a batch,
     * so all of them are read.
     */
    public static Optional<StorageFailure> in(Throwable failure) {
        String osWords = null;
        boolean storage = false;
        for (Throwable t : related(failure)) {
            if (DiskFull.is(t)) {
                return Optional.of(fullDisk());
            }
            if (t instanceof IOException && t.getMessage() != null && !t.getMessage().isBlank()) {
                osWords = t.getMessage();
                storage = true;
            } else if (t instanceof MVStoreException mv && MVSTORE_CODES.contains(mv.getErrorCode())
                    || t instanceof IOException
                    || t instanceof SQLException sql && STORAGE_CODES.contains(sql.getErrorCode())) {
                storage = true;
            }
        }
        if (!storage) {
            return Optional.empty();
        }
        return Optional.of(new StorageFailure(false,
                osWords != null ? osWords : "the database closed itself after a failed write"));
    }

    /** {@code failure} and every exception reachable from it (causes, suppressed and next exceptions), nearest first. */
    private static List<Throwable> related(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> found = new ArrayList<>();
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.add(failure);
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            found.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            Collections.addAll(todo, t.getSuppressed());
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                todo.add(sql.getNextException());
            }
        }
        return found;
    }
}
