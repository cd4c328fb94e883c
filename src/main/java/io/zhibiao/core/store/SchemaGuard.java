package io.zhibiao.core.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Refuses a store whose schema is not the one Zhibiao's migrations make, before anything reads a user
 * table: a store or backup from elsewhere could carry a trigger or alias with Java source, or a column
 * whose default, check or generated expression calls FILE_WRITE, and H2 would run them on open, on a read
 * or on the next import.
 *
 * <p>Two steps. {@link #beforeOpen} reads the schema statements from the file itself, because H2 runs a
 * trigger's code while it opens the file. {@link #afterOpen} then compares the schema, read from
 * INFORMATION_SCHEMA only, with the schema of the version the store's own history reports (an older store
 * is migrated afterwards); the history table is read only once its own definition has been compared.
 * Measured on a normal store: see the README (Reliability and data safety).
 */
public final class SchemaGuard {
    private static final String HISTORY = "flyway_schema_history";
    /** The kinds that run code come first in a message, when a store has several differences. */
    private static final List<String> FIRST = List.of("trigger", "function alias", "user-defined aggregate",
            "generated column", "view", "domain", "constant", "table", "column", "check constraint");

    private SchemaGuard() {
    }

    /**
     * Checks the statements in the file before it is opened as a database. A file a database already
     * holds cannot be read beside it and passes: either another process has it and the open that follows
     * fails as in use, or this process has it open and checked it when it opened it.
     *
     * @throws UnsafeStoreException if the file has an object the migrations do not make
     */
    static void beforeOpen(Path location) {
        try {
            Optional<String> foreign = StoreMeta.firstForeignObject(location);
            if (foreign.isPresent()) {
                throw new UnsafeStoreException(location, "contains " + foreign.get()
                        + " that Zhibiao does not create; it may run code");
            }
        } catch (StoreMeta.Locked e) {
            // see above: the JDBC open decides
        }
    }

    /** Whether {@link #beforeOpen} passes; for a store about to be replaced, which is then copied as a file. */
    public static boolean passesBeforeOpen(Path location) {
        try {
            beforeOpen(location);
            return true;
        } catch (StoreException e) {
            return false;
        }
    }

    /**
     * Compares the schema of the open store with the one its schema version should have.
     *
     * @param locations the migrations the store is opened with, {@code latest} the newest of them
     * @throws UnsafeStoreException if anything differs
     * @throws StoreException       if the store's schema is newer than the migrations know
     */
    static void afterOpen(Connection c, Path location, List<String> locations, int latest) {
        Set<String> actual;
        try {
            actual = SchemaFingerprint.of(c);
        } catch (SQLException e) {
            throw new StoreException("Could not read the schema of the store at " + location + ": "
                    + e.getMessage(), e);
        }
        if (actual.stream().noneMatch(l -> SchemaFingerprint.kind(l).equals("table"))) {
            return; // a new store: nothing in it yet
        }
        Set<String> latestSchema = expected(location, locations, latest);
        Predicate<String> history = l -> belongsTo(SchemaFingerprint.name(l), HISTORY);
        compare(location, only(actual, history), only(latestSchema, history), "Zhibiao's migrations make");
        int version = SchemaVersion.applied(c);
        compare(location, actual, expected(location, locations, version), "schema version " + version + " has");
    }

    /** Runs both steps on a store file that is not open yet, e.g. a backup unpacked for a restore. */
    public static void check(Path location) {
        location = StoreFile.location(location);
        beforeOpen(location);
        try (Connection c = StoreFile.connect(location)) {
            afterOpen(c, location, ExpectedSchema.MIGRATIONS, SchemaVersion.LATEST);
        } catch (SQLException e) {
            throw new StoreException("Could not close the store at " + location + ": " + e.getMessage(), e);
        }
    }

    private static Set<String> expected(Path location, List<String> locations, int version) {
        return ExpectedSchema.of(locations, version).orElseThrow(() -> new StoreException("The store at "
                + location + " has schema version " + version + ", which this version of Zhibiao does not know "
                + "(a newer version made it, or it is not a Zhibiao store), so it was not opened."));
    }

    private static void compare(Path location, Set<String> actual, Set<String> expected, String has) {
        Optional<String> extra = actual.stream().filter(l -> !expected.contains(l)).min(byRisk());
        if (extra.isPresent()) {
            String l = extra.get();
            String kind = SchemaFingerprint.kind(l);
            String name = SchemaFingerprint.name(l);
            boolean redefined = expected.stream().anyMatch(e -> SchemaFingerprint.kind(e).equals(kind)
                    && SchemaFingerprint.name(e).equals(name));
            throw new UnsafeStoreException(location, "contains " + article(kind) + " " + kind + " (" + name
                    + (redefined ? ": " + shortened(SchemaFingerprint.definition(l)) + ") defined otherwise than"
                    + " Zhibiao creates it" : ") that Zhibiao does not create") + "; it may run code");
        }
        Optional<String> missing = expected.stream().filter(l -> !actual.contains(l)).min(byRisk());
        if (missing.isPresent()) {
            String l = missing.get();
            throw new UnsafeStoreException(location, "lacks the " + SchemaFingerprint.kind(l) + " ("
                    + SchemaFingerprint.name(l) + ") that " + has + "; it is not a store Zhibiao made");
        }
    }

    private static Comparator<String> byRisk() {
        return Comparator.<String>comparingInt(l -> {
            int i = FIRST.indexOf(SchemaFingerprint.kind(l));
            return i < 0 ? FIRST.size() : i;
        }).thenComparing(Comparator.naturalOrder());
    }

    private static Set<String> only(Set<String> lines, Predicate<String> which) {
        Set<String> kept = new TreeSet<>();
        lines.stream().filter(which).forEach(kept::add);
        return kept;
    }

    private static boolean belongsTo(String name, String table) {
        return name.equals(table) || name.startsWith(table + ".") || name.startsWith(table + "(")
                || name.endsWith(" ON " + table);
    }

    private static String article(String kind) {
        return "aeiou".indexOf(kind.charAt(0)) >= 0 ? "an" : "a";
    }

    private static String shortened(String definition) {
        return definition.length() <= 160 ? definition : definition.substring(0, 157) + "...";
    }
}
