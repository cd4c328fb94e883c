package io.zhibiao.core.store;

import io.zhibiao.core.files.TempFiles;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The database holding documents, indicators and review history: an embedded H2 file of one analyst, or a
 * team store on a PostgreSQL server (see {@link StoreEngine}, which holds what differs between the two).
 *
 * <p>Each DAO call takes its own short connection, which makes the DAOs safe to use from the UI thread and
 * background threads at once. An H2 store opens no network port.
 */
public final class Store implements DataAccess, AutoCloseable {
    private static final List<String> MIGRATIONS = ExpectedSchema.MIGRATIONS;

    private final Path location;
    private final StoreEngine engine;
    private final Daos daos;
    private final DocumentEvents events = new DocumentEvents();
    private final List<AutoCloseable> closeFirst = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    Store(Path location, StoreEngine engine) {
        this.location = location;
        this.engine = engine;
        this.daos = new Daos(Jdbc.perOperation(this::openConnection), events.immediate());
    }

    /**
     * Opens the store, creating it and its folder if needed, and brings its schema up to date.
     *
     * @param dbPathWithoutExtension e.g. {@code ~/.local/share/zhibiao/zhibiao}; H2 adds {@code .mv.db}
     * @throws StoreInUseException if another process has the store open
     * @throws StoreReadOnlyException if the store or its folder cannot be written
     * @throws UnsafeStoreException if the store's schema is not the one Zhibiao's migrations make (it
     *                              may run code); nothing in it was read
     * @throws DamagedStoreException if the store file is empty or H2 cannot read it; nothing was written
     *                              to it (see {@link #checkReadOnly})
     * @throws StoreException      if the file cannot be opened or migrated
     */
    public static Store open(Path dbPathWithoutExtension) {
        return open(dbPathWithoutExtension, MIGRATIONS, SchemaVersion.LATEST);
    }

    /**
     * Opens the store {@code --db} names: a store file as {@link #open(Path)} does, or a team store on a
     * PostgreSQL server (see {@link PostgresEngine#open}), whose schema is created or brought up to date too.
     *
     * @throws StoreException with a message in words when the server cannot be reached, refuses the login,
     *                        has no such database, or holds tables that are not Zhibiao's
     */
    public static Store open(StoreAddress address) {
        if (address.server().isEmpty()) {
            return open(address.location());
        }
        try {
            Files.createDirectories(address.location().toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new StoreException("Could not make the folder " + address.location().getParent() + " that keeps "
                    + "this computer's settings and logs of the team store: " + e.getMessage(), e);
        }
        Store store = new Store(address.location(), PostgresEngine.open(address.server().get(), MIGRATIONS,
                SchemaVersion.LATEST));
        StoreLeftovers.remove(address.location());
        return store;
    }

    /**
     * Opens the store with the migrations in {@code locations}, whose newest is {@code latest}; tests use
     * it to migrate a store to a schema that does not exist yet.
     */
    static Store open(Path dbPathWithoutExtension, List<String> locations, int latest) {
        Path location = StoreFile.location(dbPathWithoutExtension);
        StoreWritable.prepare(location, StoreFile.EXTENSION);
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(StoreFile.url(location));
        dataSource.setUser("sa");
        dataSource.setPassword("");
        boolean existed = Files.exists(StoreFile.dataFile(location));
        // before H2 opens the file: opening it runs a trigger's code; an empty file is refused here
        SchemaGuard.beforeOpen(location);
        Path kept = existed && !checkReadOnly(location, locations, latest) ? keepCopy(location) : null;
        Connection keeper;
        try {
            keeper = dataSource.getConnection();
        } catch (SQLException e) {
            StoreException failure = StoreFile.openFailure(location, e);
            if (kept != null) {
                putBack(kept, location, failure);
            }
            throw failure;
        }
        if (kept != null) {
            TempFiles.deleteTree(kept);
        }
        try {
            if (!existed || kept != null) {
                SchemaGuard.afterOpen(keeper, location, locations, latest);
            }
            if (!SchemaVersion.isCurrent(keeper, latest)) {
                backUpBeforeMigration(keeper, location);
                migrate(dataSource, locations);
            }
        } catch (FlywayException e) {
            closeQuietly(keeper, e);
            throw new StoreException("Could not bring the store at " + location + " up to date: "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(keeper, e);
            throw e;
        }
        StoreLeftovers.remove(location);
        return new Store(location, new H2Engine(location, dataSource, keeper));
    }

    /**
     * Opens an existing store read-only first and compares its schema there. H2 writes to a file while
     * it opens it for writing, also when the open then fails on a damaged page: measured on copies of a
     * store with 5 bits flipped at random, 8 of 200 failed to open and were changed by the attempt, while a
     * read-only open failed on the same 8 and wrote nothing. A damaged store is thus found while it is
     * still byte for byte as it was, and a backup can be restored beside it. Costs one more open of the
     * file: 20-60 ms once H2's classes are loaded.
     */
    private static boolean checkReadOnly(Path location, List<String> locations, int latest) {
        try (Connection c = StoreFile.connectReadOnly(location)) {
            SchemaGuard.afterOpen(c, location, locations, latest);
            return true;
        } catch (StoreNeedsRecovery e) {
            return false;
        } catch (StoreInUseException | UnsafeStoreException | DamagedStoreException e) {
            throw e;
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException) {
                // open, yet its schema cannot be read
                throw DamagedStoreException.unreadable(location, e.getCause());
            }
            throw e;
        } catch (SQLException e) {
            String why = StorageFailure.in(e).map(StorageFailure::reason).orElse(e.getMessage());
            throw new StoreException("Could not close the store at " + location + ": " + why, e);
        }
    }

    /**
     * A store the last process did not close (killed, or stopped by a full disk) can only be opened for
     * writing, which recovers it; should that open fail, the file is put back byte for byte from this copy,
     * so a failed open never changes it. The copy is a temporary file beside the store: a kill leaves it to
     * the next start's clean-up.
     */
    private static Path keepCopy(Path location) {
        Path file = StoreFile.dataFile(location);
        try {
            Path copy = TempFiles.newFile(file.getParent(), "unclean-store");
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            throw new StoreException("The store at " + location + " was not closed cleanly, and there is no room "
                    + "to keep a copy of it before it is recovered: " + e.getMessage(), e);
        }
    }

    private static void putBack(Path copy, Path location, StoreException failure) {
        try {
            Files.move(copy, StoreFile.dataFile(location), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * A migration rewrites the analysts' work in place, and the older version of the application cannot
     * open the result: a copy of the store as it was comes first. If the copy fails, nothing is migrated.
     */
    private static void backUpBeforeMigration(Connection keeper, Path location) {
        try {
            if (!SchemaVersion.hasTables(keeper)) {
                return;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the store at " + location + ": " + e.getMessage(), e);
        }
        try {
            StoreBackups.write(keeper, location, BackupName.beforeMigration(SchemaVersion.applied(keeper)),
                    Instant.now());
        } catch (StoreException e) {
            throw new StoreException("The store at " + location + " needs a schema update, but the backup "
                    + "that comes before it failed, so nothing was changed. " + e.getMessage(), e);
        }
    }

    /** The default store: {@code <per-user data folder>/zhibiao} (H2 adds {@code .mv.db}). */
    public static Path defaultLocation() {
        return StoreLocation.defaultFor(System.getProperty("os.name"), System.getenv(),
                Path.of(System.getProperty("user.home")));
    }

    static void migrate(javax.sql.DataSource dataSource, List<String> locations) {
        Flyway.configure(Store.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .load()
                .migrate();
    }

    private Connection openConnection() throws SQLException {
        if (closed) {
            throw new StoreException("The store at " + describe() + " is closed.");
        }
        return engine.connection();
    }

    /**
     * The database path without extension; for a team store, the local folder's base path that keeps what
     * belongs to this computer (settings, logs, the search cache, exports' temporary files).
     */
    public Path location() {
        return location;
    }

    /** The server of a team store; empty for a store file. */
    public Optional<TeamUrl> server() {
        return engine.server();
    }

    /**
     * The name each change is recorded under (the history and the exports show it): on a team store the
     * database user the analyst logged in as, which the server vouches for and every colleague sees the same;
     * on a store file, which has no users, {@code settingsName} (the analyst's name in Settings).
     */
    public String analyst(String settingsName) {
        return user().orElse(settingsName);
    }

    /** The database user a team store was opened as; empty for a store file. */
    public Optional<String> user() {
        return engine.user();
    }

    /** The store file's path, or the team store's URL, for messages and the log. */
    public String describe() {
        return server().map(TeamUrl::url).orElse(location.toString());
    }

    /**
     * Runs {@code work} in one transaction: it commits when {@code work} returns and rolls back
     * everything when it throws. The DAOs passed in must be used on the calling thread only.
     */
    public <T> T inTransaction(Function<DataAccess, T> work) {
        return inTransaction(work, true);
    }

    /**
     * As {@link #inTransaction(Function)}, but the commit is not forced to disk: for bulk work that a later run
     * redoes when a commit is lost (re-extraction: a document keeps its old rows and stamp until its commit),
     * which calls {@link #flush} when it ends. On H2 a forced commit ({@code CHECKPOINT SYNC}) writes and syncs
     * the file under the database's lock, which every reader takes to open and close its session: one per
     * document of a re-extraction held the workbench's reads up to 2.5 s on a busy host (README, Benchmarks).
     */
    public <T> T inBulkTransaction(Function<DataAccess, T> work) {
        return inTransaction(work, false);
    }

    private <T> T inTransaction(Function<DataAccess, T> work, boolean durable) {
        DocumentEvents.Pending stored = events.pending();
        try (Connection connection = openConnection()) {
            T result = Jdbc.inTransaction("complete a transaction", connection,
                    c -> work.apply(new Daos(Jdbc.boundTo(c), stored)));
            if (durable) {
                engine.makeDurable(connection);
            }
            stored.announce();
            return result;
        } catch (SQLException e) {
            throw Jdbc.failure("complete a transaction", e);
        }
    }

    /**
     * Has H2 parse every statement a review action runs (see {@link ReviewStatements}) and executes none:
     * nothing is read, written or locked. The parsed statements belong to a connection of their own, but
     * parsing loads and runs the code that the analyst's first verdict would otherwise load and run cold.
     *
     * @return how many statements were parsed
     */
    public int parseReviewStatements() {
        try (Connection connection = openConnection()) {
            for (String sql : ReviewStatements.ALL) {
                connection.prepareStatement(sql).close();
            }
            return ReviewStatements.ALL.size();
        } catch (SQLException e) {
            throw Jdbc.failure("parse the review statements", e);
        }
    }

    /** Plain JDBC access for the query classes of this package (one short connection per call). */
    Jdbc jdbc() {
        return daos.jdbc();
    }

    /**
     * Makes everything committed so far durable: on H2 it writes it to the file and forces it to the disk;
     * bulk work (an import) calls it before it reports what it wrote. On H2 it fails when the database was
     * closed by a failed write since {@link #beginBulkWrites}: commits made before may then be lost, and this
     * must not vouch for them. On PostgreSQL a commit is durable when it returns.
     *
     * @throws StoreException if the store could not be written; {@link StorageFailure#in} tells why
     */
    public void flush() {
        engine.flush();
    }

    /**
     * Begins bulk writes (an import), whose commits {@link #flush} then vouches for: on H2, reopens the file
     * when a failed write (a full disk) closed it, so that the workbench can import again without a restart.
     *
     * @throws StoreException if the store cannot be opened again; {@link StorageFailure#in} tells why
     */
    public void beginBulkWrites() {
        if (closed) {
            throw new StoreException("The store at " + describe() + " is closed.");
        }
        engine.beginBulkWrites();
    }

    /**
     * Copies the store, as committed so far, into a new file in {@link StoreBackups#folder}; the store
     * stays open and usable meanwhile.
     *
     * @return the backup file
     */
    public Path backUp(String reason, Instant at) {
        if (closed) {
            throw new StoreException("The store at " + describe() + " is closed.");
        }
        return engine.backUp(location, reason, at);
    }

    /** {@link #inTransaction(Function)} for work without a result. */
    public void runInTransaction(Consumer<DataAccess> work) {
        inTransaction(access -> {
            work.accept(access);
            return null;
        });
    }

    @Override
    public DocumentDao documents() {
        return daos.documents();
    }

    @Override
    public IndicatorDao indicators() {
        return daos.indicators();
    }

    @Override
    public RegionDao regions() {
        return daos.regions();
    }

    @Override
    public TagDao tags() {
        return daos.tags();
    }

    @Override
    public AuditDao audit() {
        return daos.audit();
    }

    /** Bulk read queries for exports; like the DAOs, each call uses its own short connection. */
    public ExportQueries exportQueries() {
        return new ExportQueries(Jdbc.perOperation(this::openConnection));
    }

    /** Tells {@code listener} about every document stored from now on, after its commit. */
    public void addDocumentListener(DocumentListener listener) {
        events.add(listener);
    }

    public void removeDocumentListener(DocumentListener listener) {
        events.remove(listener);
    }

    /**
     * Closes {@code resource} when the store closes, before the database, e.g. a cache derived from the
     * store that writes its last changes on close. Resources close in the reverse order of registration.
     */
    public void closeWith(AutoCloseable resource) {
        closeFirst.add(0, resource);
    }

    public boolean isClosed() {
        return closed;
    }

    /** Closes the store; H2 closes the file once calls still running have finished. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        for (AutoCloseable resource : closeFirst) {
            try {
                resource.close();
            } catch (Exception e) {
                // a derived cache that fails to close is rebuilt on the next start; the store still closes
                // a full disk is said in words; H2's own text goes no further than the log's detail
                String why = StorageFailure.in(e).map(StorageFailure::reason).orElse(e.toString());
                LoggerFactory.getLogger(Store.class).warn("Could not close {} with the store: {}", resource, why);
                LoggerFactory.getLogger(Store.class).debug("Closing {} failed", resource, e);
            }
        }
        closed = true;
        engine.close();
    }

    /** Closes {@code connection}; a failure to close is added to {@code cause}, or dropped when there is none. */
    private static void closeQuietly(Connection connection, Exception cause) {
        try {
            connection.close();
        } catch (SQLException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
        }
    }
}
