package io.zhibiao.core.store;

import org.h2.engine.DbObject;
import org.h2.engine.MetaRecord;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.db.ValueDataType;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.result.Row;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the statements an H2 file replays when it is opened, straight from the file, without opening it
 * as a database. This has to come first: H2 compiles and runs a trigger's Java source while it opens the
 * file (measured with H2 2.3.232: a trigger's code wrote a file on a bare {@code getConnection}), and a
 * linked table connects to a URL of the file's choosing. A check through JDBC would be too late for those.
 *
 * <p>Only what the migrations create may be there: plain tables, their indexes, constraints and identity
 * sequences, the user, and H2's own build number. Column definitions are compared in detail later, over
 * JDBC, by {@link SchemaGuard}; nothing in them runs while the database opens.
 */
final class StoreMeta {
    private static final Pattern NAME = Pattern.compile("\"[^\"]*\"\\.\"([^\"]*)\"");
    private static final Pattern TRIGGER_TABLE = Pattern.compile(" ON \"[^\"]*\"\\.\"([^\"]*)\"");

    private StoreMeta() {
    }

    /** Thrown when the file cannot be read because a database holds it (another process, or this one). */
    static final class Locked extends Exception {
        Locked(Throwable cause) {
            super(cause);
        }
    }

    /**
     * The first object in the file's schema that Zhibiao does not create, described for a message, e.g.
     * {@code a trigger (T1 ON INDICATOR)}; empty when there is none or the file does not exist.
     *
     * @throws Locked          if a database has the file open, so it cannot be read beside it
     * @throws DamagedStoreException if the file is empty or not a readable H2 database
     */
    static Optional<String> firstForeignObject(Path location) throws Locked {
        Path file = StoreFile.dataFile(location);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        for (MetaRecord r : records(location, file)) {
            Optional<String> foreign = foreign(r.getObjectType(), r.getSQL());
            if (foreign.isPresent()) {
                return foreign;
            }
        }
        return Optional.empty();
    }

    private static List<MetaRecord> records(Path location, Path file) throws Locked {
        if (isEmpty(file)) {
            // H2 would write a new store into it; read-only, it fails and keeps the file locked in this JVM
            throw DamagedStoreException.empty(location);
        }
        List<MetaRecord> records = new ArrayList<>();
        try (MVStore mv = new MVStore.Builder().fileName(file.toString()).readOnly().open()) {
            TransactionStore tx = new TransactionStore(mv, new ValueDataType());
            tx.init();
            // table.0 is H2's own table of the statements that rebuild the schema on open
            TransactionMap<Long, Row> meta = tx.begin().openMap("table.0");
            for (Iterator<Long> keys = meta.keyIterator(null); keys.hasNext(); ) {
                records.add(new MetaRecord(meta.get(keys.next())));
            }
            return records;
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                throw new Locked(e);
            }
            throw unreadable(location, file, e);
        } catch (RuntimeException e) {
            throw unreadable(location, file, e);
        }
    }

    private static boolean isEmpty(Path file) {
        try {
            return Files.size(file) == 0;
        } catch (IOException e) {
            return false; // the read below reports what is wrong
        }
    }

    /** A file this JVM cannot read for want of permission is not damaged; anything else failing here is. */
    private static StoreException unreadable(Path location, Path file, RuntimeException e) {
        if (!Files.isReadable(file)) {
            return new StoreException("The store file " + file + " cannot be read (permission denied).", e);
        }
        return DamagedStoreException.unreadable(location, e);
    }

    /** What is wrong with one schema statement, or empty when the migrations could have written it. */
    static Optional<String> foreign(int type, String sql) {
        String name = name(sql);
        return switch (type) {
            case DbObject.TABLE_OR_VIEW -> plainTable(sql) ? Optional.empty()
                    : Optional.of((sql.contains(" VIEW ") ? "a view (" : sql.contains(" LINKED TABLE ")
                    ? "a linked table (" : "a table of a kind Zhibiao does not use (") + name + ")");
            case DbObject.INDEX, DbObject.CONSTRAINT, DbObject.USER -> Optional.empty();
            case DbObject.SEQUENCE -> sql.endsWith(" BELONGS_TO_TABLE") ? Optional.empty()
                    : Optional.of("a sequence (" + name + ")");
            case DbObject.SETTING -> sql.startsWith("SET CREATE_BUILD ") ? Optional.empty()
                    : Optional.of("a database setting (" + sql + ")");
            case DbObject.TRIGGER -> Optional.of("a trigger (" + name + triggerTable(sql) + ")");
            case DbObject.FUNCTION_ALIAS -> Optional.of("a function alias (" + name + ")");
            case DbObject.AGGREGATE -> Optional.of("a user-defined aggregate (" + name + ")");
            case DbObject.DOMAIN -> Optional.of("a domain (" + name + ")");
            case DbObject.CONSTANT -> Optional.of("a constant (" + name + ")");
            case DbObject.SYNONYM -> Optional.of("a synonym (" + name + ")");
            case DbObject.SCHEMA -> Optional.of("a schema (" + firstQuoted(sql) + ")");
            default -> Optional.of("a schema object of type " + type + " (" + firstQuoted(sql) + ")");
        };
    }

    /**
     * A table as the migrations make it. What H2 adds after the column list (a table engine, whose class
     * H2 loads on open) or puts instead of it (a view, a linked table) makes the statement end otherwise.
     */
    private static boolean plainTable(String sql) {
        return sql.startsWith("CREATE CACHED TABLE \"PUBLIC\".") && sql.stripTrailing().endsWith(")");
    }

    private static String name(String sql) {
        Matcher m = NAME.matcher(sql);
        return m.find() ? m.group(1) : firstQuoted(sql);
    }

    private static String triggerTable(String sql) {
        Matcher m = TRIGGER_TABLE.matcher(sql);
        return m.find() ? " ON " + m.group(1) : "";
    }

    private static String firstQuoted(String sql) {
        int open = sql.indexOf('"');
        int close = open < 0 ? -1 : sql.indexOf('"', open + 1);
        return close < 0 ? sql : sql.substring(open + 1, close);
    }
}
