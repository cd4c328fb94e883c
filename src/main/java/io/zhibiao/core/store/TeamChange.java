package io.zhibiao.core.store;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A write another process committed to the same team store, as its notice told it: what kind of write
 * (a review action's id, {@link #IMPORT}, {@link #TRASH}, ...) and which documents it touched.
 *
 * @param documentIds the documents whose rows or counts changed
 * @param trashedIds  the documents it put in the trash (or purged): views showing them close them
 * @param everything  the notice could not name the documents (too many for one notice, or notices may have
 *                    been missed while the connection was lost): whatever is shown is read again
 */
public record TeamChange(String kind, Set<Long> documentIds, Set<Long> trashedIds, boolean everything) {
    public static final String IMPORT = "import";
    public static final String TRASH = "trash";
    public static final String UNTRASH = "untrash";
    /** The team's catalog layer changed: open workbenches read it again. It names no document. */
    public static final String CATALOG = "catalog";
    /** Notices may have been missed while the listener was away. */
    public static final String RECONNECTED = "reconnected";
    /** PostgreSQL refuses a notice payload of 8000 bytes or more; what would not fit says "everything". */
    static final int MAX_PAYLOAD = 7900;
    private static final String ALL = "*";

    public TeamChange {
        documentIds = Set.copyOf(documentIds);
        trashedIds = Set.copyOf(trashedIds);
    }

    public static TeamChange of(String kind, Collection<Long> documentIds, Collection<Long> trashedIds) {
        return new TeamChange(kind, Set.copyOf(documentIds), Set.copyOf(trashedIds), false);
    }

    public static TeamChange everything(String kind) {
        return new TeamChange(kind, Set.of(), Set.of(), true);
    }

    static TeamChange catalog() {
        return new TeamChange(CATALOG, Set.of(), Set.of(), false);
    }

    public boolean isEmpty() {
        return !CATALOG.equals(kind) && !everything && documentIds.isEmpty() && trashedIds.isEmpty();
    }

    /** The notice's payload: {@code origin TAB kind TAB ids TAB trashed ids}, ids comma-separated or {@code *}. */
    String payload(String origin) {
        String full = String.join("\t", origin, kind, everything ? ALL : ids(documentIds), ids(trashedIds));
        return full.length() <= MAX_PAYLOAD ? full : String.join("\t", origin, kind, ALL, "");
    }

    /** The origin and change a payload carries; empty for one that is not a Zhibiao notice. */
    static Optional<Received> parse(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split("\t", -1);
        if (parts.length != 4 || parts[1].isBlank()) {
            return Optional.empty();
        }
        try {
            boolean all = ALL.equals(parts[2]);
            return Optional.of(new Received(parts[0], new TeamChange(parts[1], all ? Set.of() : idsIn(parts[2]),
                    idsIn(parts[3]), all)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    record Received(String origin, TeamChange change) {
    }

    private static String ids(Set<Long> ids) {
        return new TreeSet<>(ids).stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static Set<Long> idsIn(String ids) {
        return ids.isEmpty() ? Set.of()
                : Arrays.stream(ids.split(",")).map(Long::parseLong).collect(Collectors.toUnmodifiableSet());
    }
}
