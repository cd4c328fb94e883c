package io.zhibiao.core.files;

import java.util.List;
import java.util.Locale;

/**
 * Recognises a full disk behind an I/O failure. Java has no exception type for it, only the operating
 * system's message (Linux and macOS: ENOSPC, EDQUOT; Windows: ERROR_DISK_FULL).
 */
public final class DiskFull {
    private static final List<String> MESSAGES = List.of("no space left on device", "disk quota exceeded",
            "not enough space on the disk", "there is not enough space");

    private DiskFull() {
    }

    /** Whether {@code failure} or one of its causes is the operating system saying the disk is full. */
    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null) {
                String lower = m.toLowerCase(Locale.ROOT);
                for (String s : MESSAGES) {
                    if (lower.contains(s)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
