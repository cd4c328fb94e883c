package io.zhibiao.core.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The database file behind a store location, for work that must not touch the schema: backups of a
 * store that is not open, and checking that a restored file opens. {@link Store} opens through the same
 * URL, so a plain connection made here joins a store this process already has open.
 */
public final class StoreFile {
    public static final String EXTENSION = ".mv.db";
    /** The analyst's catalog layer beside the store, which a backup carries and a restore brings back. */
    public static final String CATALOG = "catalog.csv";

    /** The catalog layer of the store at {@code location} (the path without extension). */
    public static Path catalogFile(Path location) {
        return location.toAbsolutePath().getParent().resolve(CATALOG);
    }
    /**
     * Names the H2 file system (a registered {@code org.h2.store.fs.FilePath} scheme) stores are reached
     * through; H2's own disk files unless set. Tests put a disk that fills up there: no other way to
     * exhaust the space under a running store without root rights.
     */
    public static final String FILE_SYSTEM_PROPERTY = "zhibiao.store.fileSystem";

    private StoreFile() {
    }

    /** The absolute location without extension; a path naming the {@code .mv.db} file is accepted too. */
    public static Path location(Path path) {
        if (StoreAddress.isUrl(path.toString())) {
            // jdbc:postgresql://host/db once made a folder named "jdbc:postgresql:" holding a new, empty store
            throw StoreAddress.notAPath(path.toString());
        }
        Path p = path.toAbsolutePath().normalize();
        String name = p.getFileName().toString();
        Path location = name.endsWith(EXTENSION)
                ? p.resolveSibling(name.substring(0, name.length() - EXTENSION.length())) : p;
        if (location.toString().contains(";")) {
            throw new IllegalArgumentException("The store path must not contain ';': " + location);
        }
        return location;
    }

    /** The file H2 keeps the store in: {@code <location>.mv.db}. */
    public static Path dataFile(Path location) {
        return location.resolveSibling(location.getFileName() + EXTENSION);
    }

    static String url(Path location) {
        // LOCK_TIMEOUT: how long a writer waits for a row another thread of this process is changing.
        // COMPRESS: report texts and sentences dominate the file; compressed pages halve it (measured:
        // 104 -> 55 KB per document) and import is no slower, as less is written.
        // TRACE_LEVEL_FILE=0: H2 would otherwise leave a zhibiao.trace.db beside the store after an error (a
        // damaged file, a refused script); the error reaches the caller and Zhibiao's own log says it.
        return "jdbc:h2:" + System.getProperty(FILE_SYSTEM_PROPERTY, "file") + ":" + location
                + ";LOCK_TIMEOUT=10000;COMPRESS=TRUE;TRACE_LEVEL_FILE=0";
    }

    /**
     * A plain connection to an existing store file, without any schema check or migration.
     *
     * @throws StoreInUseException if another process holds the store
     * @throws DamagedStoreException if H2 cannot read the file (the open may have written to it: see
     *                               {@link Store#open})
     * @throws StoreException      if the file is missing or does not open as a database
     */
    public static Connection connect(Path location) {
        try {
            return DriverManager.getConnection(url(location) + ";IFEXISTS=TRUE", "sa", "");
        } catch (SQLException e) {
            throw openFailure(location, e);
        }
    }

    /**
     * A read-only connection to an existing store file: H2 writes nothing to the file, even where it
     * fails to open it. Joins the database as it is when this process has it open already. Call it only
     * once {@link SchemaGuard#beforeOpen} passed: opening runs the file's schema statements.
     *
     * @throws StoreInUseException   if another process holds the store
     * @throws DamagedStoreException if H2 cannot open the file: its schema statements were read without
     *                               fault, so whatever fails now is in the file (a missing sequence, a page
     *                               that does not decode), whatever code H2 gives it
     * @throws StoreException        if the file is missing
     */
    static Connection connectReadOnly(Path location) {
        if (!Files.exists(dataFile(location))) {
            throw new StoreException("There is no store at " + location + ".");
        }
        try {
            return DriverManager.getConnection(url(location) + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r", "sa", "");
        } catch (SQLException e) {
            if (StoreDamage.isInUse(e)) {
                throw new StoreInUseException(location, e);
            }
            if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_IS_READ_ONLY) {
                // H2 wanted to write while opening: the file was not closed cleanly, which is no damage
                throw new StoreNeedsRecovery(location, e);
            }
            throw DamagedStoreException.unreadable(location, e);
        }
    }

    /**
     * Why H2 cannot read the store file, found without writing a byte to it; empty when the file is
     * missing or reads, and when another process holds it or it holds objects Zhibiao does not create
     * (opening it is refused for those reasons instead).
     */
    public static Optional<DamagedStoreException> damage(Path location) {
        if (!Files.exists(dataFile(location))) {
            return Optional.empty();
        }
        try {
            SchemaGuard.beforeOpen(location);
        } catch (DamagedStoreException e) {
            return Optional.of(e);
        } catch (StoreException e) {
            return Optional.empty();
        }
        try (Connection c = connectReadOnly(location)) {
            return Optional.empty();
        } catch (DamagedStoreException e) {
            return Optional.of(e);
        } catch (StoreException | SQLException e) {
            return Optional.empty();
        }
    }

    /** How many connections this process has open to the database {@code c} belongs to, {@code c} included. */
    public static int sessions(Connection c) {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new StoreException("Could not read the sessions of the store: " + e.getMessage(), e);
        }
    }

    static StoreException openFailure(Path location, SQLException e) {
        if (StoreDamage.isInUse(e)) {
            return new StoreInUseException(location, e);
        }
        if (StoreDamage.isDamage(e)) {
            return DamagedStoreException.unreadable(location, e);
        }
        return new StoreException("Could not open the store at " + location + ": " + e.getMessage(), e);
    }
}
