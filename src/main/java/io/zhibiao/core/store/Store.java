package io.zhibiao.core.store;

import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private final TeamFollowing team;
    /** A team store's catalog layer, one per store so that what it keeps in memory is shared; null for a file. */
    private final CatalogLayerTable catalogLayer;
    private volatile boolean closed;

    Store(Path location, StoreEngine engine) {
        this.location = location;
        this.engine = engine;
        this.team = new TeamFollowing(engine);
        this.daos = new Daos(Jdbc.perOperation(this::openConnection, team.announcer()), events.immediate());
        this.catalogLayer = engine.server().isPresent() ? new CatalogLayerTable(daos.jdbc(), engine.user().orElse(""))
                : null;
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
     *                              to it (see {@link H2StoreOpening})
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
        return open(address, null, SchemaUpdateListener.NONE);
    }

    /**
     * Opens the store as {@link #open(StoreAddress)} does, telling {@code updates} when an existing store file
     * is backed up and brought to a newer schema (minutes on a large store: the workbench shows it).
     */
    public static Store open(StoreAddress address, SchemaUpdateListener updates) {
        return open(address, null, updates);
    }

    /**
     * {@link #open(StoreAddress, SchemaUpdateListener)} with a password the analyst typed for this session (the
     * workbench's password dialog); it is given to the server only, never kept. Null for the password
     * PGPASSWORD or ~/.pgpass give.
     *
     * @throws TeamPasswordNeeded when the server asks for a password none of these gave, or refuses it
     */
    public static Store open(StoreAddress address, char[] typedPassword, SchemaUpdateListener updates) {
        if (address.server().isEmpty()) {
            return open(address.location(), MIGRATIONS, SchemaVersion.LATEST, updates);
        }
        try {
            Files.createDirectories(address.location().toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new StoreException("Could not make the folder " + address.location().getParent() + " that keeps "
                    + "this computer's settings and logs of the team store: " + e.getMessage(), e);
        }
        Store store = new Store(address.location(), PostgresEngine.open(address.server().get(), typedPassword, MIGRATIONS,
                SchemaVersion.LATEST));
        StoreLeftovers.remove(address.location());
        return store;
    }

    /**
     * Opens the store with the migrations in {@code locations}, whose newest is {@code latest}; tests use
     * it to migrate a store to a schema that does not exist yet.
     */
    static Store open(Path dbPathWithoutExtension, List<String> locations, int latest) {
        return open(dbPathWithoutExtension, locations, latest, SchemaUpdateListener.NONE);
    }

    static Store open(Path dbPathWithoutExtension, List<String> locations, int latest, SchemaUpdateListener updates) {
        Path location = StoreFile.location(dbPathWithoutExtension);
        H2Engine engine = H2StoreOpening.open(location, locations, latest, updates);
        StoreLeftovers.remove(location);
        return new Store(location, engine);
    }


    /** The default store: {@code <per-user data folder>/zhibiao} (H2 adds {@code .mv.db}). */
    public static Path defaultLocation() {
        return StoreLocation.defaultFor(System.getProperty("os.name"), System.getenv(),
                Path.of(System.getProperty("user.home")));
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

    /**
     * Whether the analyst leads the team, and so may assign documents and mark them for second review: on a
     * store file anyone; on a team store a member of the role {@code zhibiao_lead} or the database's owner.
     */
    public boolean isLead() {
        try (Connection connection = openConnection()) {
            return engine.isLead(connection);
        } catch (SQLException e) {
            throw Jdbc.failure("find out whether " + user().orElse("the analyst") + " leads the team", e);
        }
    }

    /**
     * A team store's catalog layer, which every analyst of the team shares; empty for a store file, whose
     * layer is the file beside it ({@link StoreFile#catalogFile}).
     */
    public Optional<CatalogLayerTable> teamCatalog() {
        return Optional.ofNullable(catalogLayer);
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
                    c -> work.apply(new Daos(Jdbc.boundTo(c, team.announcer()), stored)));
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
     * {@link #inTransaction} for work that only reads (a plan of what a change would do): it sees one
     * consistent state, and as it writes nothing, its end is not forced to disk, which costs a sync
     * (milliseconds, tens on a busy disk) per call that a preview over hundreds of documents cannot afford.
     */
    public <T> T reading(Function<DataAccess, T> work) {
        try (Connection connection = openConnection()) {
            return Jdbc.inTransaction("read in one transaction", connection,
                    c -> work.apply(new Daos(Jdbc.boundTo(c, team.announcer()), events.pending())));
        } catch (SQLException e) {
            throw Jdbc.failure("read in one transaction", e);
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
        return new ExportQueries(Jdbc.perOperation(this::openConnection, team.announcer()));
    }

    /** Tells {@code listener} about every document stored from now on, after its commit. */
    public void addDocumentListener(DocumentListener listener) {
        events.add(listener);
    }

    public void removeDocumentListener(DocumentListener listener) {
        events.remove(listener);
    }

    @Override
    public void announce(TeamChange change) {
        daos.announce(change);
    }

    /**
     * On a team store, starts hearing the other processes' writes: each reaches the document listeners as
     * {@link DocumentListener#changedElsewhere} (an import also as {@link DocumentListener#documentStored}, a
     * trashing as {@link DocumentListener#documentTrashed}) on a thread of the store's, within about a second
     * of its commit. Returns once listening, so no later commit is missed. A store file has no others: nothing
     * happens. Called once; the workbench does, commands do not.
     */
    public void followOthers() {
        team.start(change -> {
            // the catalog first, so that whatever the notice makes read the catalog reads the new one
            if (catalogLayer != null && (TeamChange.CATALOG.equals(change.kind()) || change.everything())) {
                catalogLayer.refresh();
            }
            events.announceElsewhere(change, daos);
        });
        if (catalogLayer != null) {
            catalogLayer.follow();
        }
    }

    /** Tells {@code listener} when a team store's live connection is lost and back; see {@link #followOthers}. */
    public void addConnectionListener(TeamConnectionListener listener) {
        team.addConnectionListener(listener);
    }

    public void removeConnectionListener(TeamConnectionListener listener) {
        team.removeConnectionListener(listener);
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
        // first: nothing the others do now concerns a closing store
        team.close();
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
}
