package io.zhibiao.core.store;

import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

import java.sql.SQLException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells H2's errors about a damaged file from the others (a full disk, a lock, a bug): the family of
 * {@code File corrupted while reading record [90030]}, which H2 reports as SQL error codes or as an
 * {@link MVStoreException} inside a general error.
 */
final class StoreDamage {
    private static final Set<Integer> SQL_CODES = Set.of(ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1,
            ErrorCode.FILE_ENCRYPTION_ERROR_1);
    private static final Set<Integer> MVSTORE_CODES = Set.of(DataUtils.ERROR_READING_FAILED,
            DataUtils.ERROR_UNSUPPORTED_FORMAT, DataUtils.ERROR_FILE_CORRUPT, DataUtils.ERROR_CHUNK_NOT_FOUND,
            DataUtils.ERROR_BLOCK_NOT_FOUND, DataUtils.ERROR_TRANSACTION_CORRUPT, DataUtils.ERROR_UNKNOWN_DATA_TYPE,
            DataUtils.ERROR_SERIALIZATION);

    /** H2's words for a read past the end of the file, e.g. {@code failed at 22 (length 22), read 22, remaining 8170}. */
    private static final Pattern CUT_SHORT = Pattern.compile("failed at \\d+ \\(length \\d+\\), read \\d+, remaining [1-9]");

    private StoreDamage() {
    }

    /** Whether {@code failure}, or anything it was caused by, says the file's content cannot be read. */
    static boolean isDamage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DamagedStoreException) {
                return true;
            }
            if (t instanceof SQLException sql && SQL_CODES.contains(sql.getErrorCode())) {
                return true;
            }
            if (t instanceof MVStoreException mv && MVSTORE_CODES.contains(mv.getErrorCode())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code failure} is H2 saying another connection or process holds the file. */
    static boolean isInUse(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return true;
            }
            if (t instanceof MVStoreException mv && mv.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                return true;
            }
        }
        return false;
    }

    /**
     * H2's words for the damage as a short clause: the storage layer's message where there is one (it
     * says what could not be read), else the first message of H2 or the JVM; without the SQL statement,
     * the error codes and the advice to run H2's recovery tool (the user is offered the backups instead).
     */
    static String reason(Throwable failure) {
        String first = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MVStoreException mv && mv.getMessage() != null) {
                return mv.getErrorCode() == DataUtils.ERROR_READING_FAILED && CUT_SHORT.matcher(mv.getMessage()).find()
                        ? "the file ends where data should be: it was cut short, or it is not a Zhibiao store"
                        : shortened(mv.getMessage());
            }
            if (first == null && !(t instanceof StoreException)) {
                first = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
            }
        }
        return first == null ? "unknown error" : shortened(first);
    }

    private static String shortened(String message) {
        String s = message.split("\\R", 2)[0];
        for (String end : new String[]{"; SQL statement:", ". Possible solution", " Possible solution"}) {
            int at = s.indexOf(end);
            if (at > 0) {
                s = s.substring(0, at);
            }
        }
        s = s.replaceAll("\\s*\\[[0-9./-]+]\\s*$", "").replaceAll("^org\\.h2\\.\\S+: ", "").strip();
        if (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.length() <= 200 ? s : s.substring(0, 197) + "...";
    }
}
