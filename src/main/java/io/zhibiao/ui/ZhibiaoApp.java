package io.zhibiao.ui;

import io.zhibiao.core.backup.Backups;
import io.zhibiao.core.logging.AppLogging;
import io.zhibiao.core.logging.LogFolder;
import io.zhibiao.core.logging.LogSession;
import io.zhibiao.core.model.Region;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.settings.Settings;
import io.zhibiao.core.store.DamagedStoreException;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreFile;
import io.zhibiao.ui.backup.BackupFlow;
import io.zhibiao.ui.backup.DamagedStoreDialog;
import io.zhibiao.ui.common.ExecutorBackgroundTasks;
import io.zhibiao.ui.common.Messages;
import io.zhibiao.ui.common.Tasks;
import io.zhibiao.ui.error.Diagnostics;
import io.zhibiao.ui.error.ErrorDialog;
import io.zhibiao.ui.error.ReportedError;
import io.zhibiao.ui.error.UncaughtErrors;
import io.zhibiao.ui.instance.InstanceSignal;
import io.zhibiao.ui.main.FirstRun;
import io.zhibiao.ui.main.MainWindow;
import io.zhibiao.ui.main.SelfTest;
import io.zhibiao.ui.main.WindowLayout;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The workbench application. The store opens in init(), off the JavaFX thread. */
public final class ZhibiaoApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(ZhibiaoApp.class);
    private static final javafx.util.Duration DAILY_BACKUP_DELAY = javafx.util.Duration.seconds(5);

    /** How long a second start waits for the open window to answer before explaining the busy store. */
    static final java.time.Duration HAND_OVER_WAIT = java.time.Duration.ofSeconds(2);

    private AppOptions options;
    private Store store;
    private Map<String, Region> regions;
    private java.util.concurrent.CompletableFuture<java.util.List<io.zhibiao.core.store.DocumentSummary>> documents;
    private String startupError;
    private AppContext context;
    private volatile FirstRun firstRun;
    private Settings settings;
    private Stage stage;
    /** True when another window already had the store and came forward instead: this start just ends. */
    private boolean handedOver;
    private AutoCloseable instanceListener;
    private LogSession logging;
    private UncaughtErrors uncaughtErrors;
    private ErrorDialog errorDialog;
    /** Set when the store file is empty or cannot be read: the start offers its backups instead. */
    private DamagedStoreStart damaged;
    private boolean damagedDialogShowing;
    /** The team store named at start needs a password: start() asks for it before the window is built. */
    private boolean passwordNeeded;
    /** Said once the window shows: why the store opened last was not opened again. */
    private String startNotice;

    @Override
    public void init() {
        StartupTrace.mark("init");
        try {
            options = AppOptions.parse(getParameters().getRaw());
            logging = AppLogging.install(LogFolder.beside(options.db().location()));
            LOG.info("Workbench starting on the store {}", options.db());
            EarlyStart.Start begun = takeStore();
            options = begun.options();
            startNotice = begun.notice();
            if (begun.opened() == null) {
                // the team store needs a password: the dialog comes with the toolkit, in start()
                passwordNeeded = true;
                settings = Settings.load(options.db().location().resolveSibling("settings.properties"));
                return;
            }
            EarlyStart.Opened opened = begun.opened();
            store = opened.store();
            regions = opened.regions();
            documents = opened.documents();
            settings = Settings.load(store.location().resolveSibling("settings.properties"));
            StartupTrace.mark("init done");
        } catch (io.zhibiao.core.store.StoreInUseException e) {
            // Usually the app is already open on this store: that window comes forward and this start ends.
            // A self-test must not pass by handing over, and a store held by a command gets the message.
            if (!options.selfTest() && new InstanceSignal(e.location()).askRunningWindow(HAND_OVER_WAIT)) {
                LOG.info("Zhibiao is already open on {}: brought that window forward", e.location());
                handedOver = true;
                return;
            }
            LOG.warn(e.getMessage());
            startupError = e.getMessage();
        } catch (DamagedStoreException e) {
            // never replaced and never opened for writing: the analyst chooses a backup, or quits
            LOG.error("The store cannot be opened: {}", e.getMessage(), e);
            startupError = e.getMessage();
            try {
                damaged = DamagedStoreStart.of(e, options.db().location());
                settings = damaged.settings();
            } catch (RuntimeException listing) {
                LOG.error("The backups of the store could not be listed", listing);
            }
        } catch (RuntimeException e) {
            LOG.error("Start-up failed", e);
            startupError = e.getMessage();
        }
    }

    /** The open store, for the robots of this package: a colleague's session on the workbench's own store. */
    Store store() {
        return context != null ? context.store() : store;
    }

    /** The store being opened; a schema update on the way is shown in a window of its own until it ends. */
    private EarlyStart.Start takeStore() {
        Messages m = new Messages(Settings.load(options.db().location().resolveSibling("settings.properties"))
                .language());
        StoreUpdateWindow notice = new StoreUpdateWindow(m);
        EarlyStart.onSchemaUpdate(update -> Platform.runLater(() -> notice.show(update)));
        try {
            return EarlyStart.takeForStart(options);
        } finally {
            EarlyStart.onSchemaUpdate(update -> { });
            Platform.runLater(notice::close);
        }
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        StartupTrace.mark("start");
        uncaughtErrors = UncaughtErrors.install(this::showError);
        io.zhibiao.ui.common.StockButtons.install(() -> context != null ? context.messages()
                : settings != null ? new Messages(settings.language()) : null);
        if (handedOver) {
            Platform.exit();
            return;
        }
        if (damaged != null && !options.selfTest()) {
            ExecutorBackgroundTasks tasks = new ExecutorBackgroundTasks();
            damaged.show(tasks, options, ready -> {
                store = ready.opened().store();
                regions = ready.opened().regions();
                documents = ready.opened().documents();
                startupError = null;
                showWorkbench(tasks);
                damaged.restored(ready, stage);
                damaged = null;
            });
            return;
        }
        if (startupError != null) {
            failStartup(new Messages(Locale.getDefault()));
            return;
        }
        if (passwordNeeded) {
            askPasswordThenShow(new ExecutorBackgroundTasks());
            return;
        }
        showWorkbench(new ExecutorBackgroundTasks());
        if (startNotice != null) {
            ((MainWindow) stage.getScene().getRoot()).showStartNotice(startNotice);
        }
    }

    /** The team store asks for a password: the dialog, then the workbench; cancelled, the start ends. */
    private void askPasswordThenShow(ExecutorBackgroundTasks tasks) {
        Messages m = new Messages(settings.language());
        new io.zhibiao.ui.store.StoreOpenFlow(tasks, m, () -> null, opened -> {
            store = opened.store();
            regions = opened.regions();
            documents = java.util.concurrent.CompletableFuture.supplyAsync(() -> store.documents().listSummaries());
            showWorkbench(tasks);
        }, failure -> {
            startupError = failure;
            failStartup(m);
        }).whenCancelled(Platform::exit).open(options.db());
    }

    private void showWorkbench(ExecutorBackgroundTasks tasks) {
        context = new AppContext(store, new Messages(settings.language()), tasks, regions,
                settings, new ReviewService(store, store.analyst(settings.analyst())));
        MainWindow window = new MainWindow(context, this::applySettings, this::storeReopened);
        StartupTrace.mark("window built");
        WindowLayout.restore(stage, window, settings);
        Scene scene = new Scene(window, WindowLayout.width(settings), WindowLayout.height(settings));
        scene.getStylesheets().add(ZhibiaoApp.class.getResource("zhibiao.css").toExternalForm());
        stage.setTitle(context.messages().get("app.title"));
        stage.setScene(scene);
        stage.getIcons().add(new javafx.scene.image.Image(ZhibiaoApp.class.getResourceAsStream("icon.png")));
        stage.setOnCloseRequest(e -> WindowLayout.save(stage, (MainWindow) stage.getScene().getRoot(), settings));
        StartupTrace.mark("before show");
        stage.show();
        StartupTrace.mark("shown");
        instanceListener = new InstanceSignal(store.location()).listen(() -> Platform.runLater(this::bringForward));
        firstRun = new FirstRun(context, window, io.zhibiao.core.importer.SampleCorpus.folderBeside(store.location()),
                documents);
        documents = null;
        if (options.selfTest()) {
            new SelfTest(window, stage, options.screenshot()).runAfter(firstRun);
        } else {
            firstRun.start(() -> window.reopenPanes(settings.openPanes()));
        }
        // Well after the window is usable, so the copy never competes with the start for disk and CPU.
        BackupFlow.scheduleDaily(() -> context, () -> stage, DAILY_BACKUP_DELAY);
        AfterStart.schedule(() -> context);
    }

    /**
     * An error no code caught, on the workbench: the one error dialog shows it (JavaFX thread). A store
     * found damaged while in use gets the offer of its backups instead.
     */
    private void showError(ReportedError error) {
        if (context == null || stage == null || !stage.isShowing()) {
            return;
        }
        DamagedStoreException damage = damageIn(error.error());
        if (damage != null) {
            offerBackupsNow(damage);
            return;
        }
        if (errorDialog == null) {
            errorDialog = new ErrorDialog(() -> context.messages(), () -> stage, this::diagnostics);
        }
        errorDialog.report(error);
    }

    private static DamagedStoreException damageIn(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DamagedStoreException d) {
                return d;
            }
        }
        return null;
    }

    /** Once per burst: the open dialog is enough while the analyst decides. */
    private void offerBackupsNow(DamagedStoreException damage) {
        if (damagedDialogShowing) {
            return;
        }
        damagedDialogShowing = true;
        AppContext c = context;
        MainWindow window = (MainWindow) stage.getScene().getRoot();
        Backups backups = new Backups(c.store().location(), c.settings().backupsToKeep());
        Tasks.run(c.tasks(), backups::list, list -> {
            DamagedStoreDialog dialog = new DamagedStoreDialog(stage, c.messages(), damage, c.store().location(),
                    backups.folder().toString(), list, backup -> window.backups().restore(backup));
            dialog.setOnHidden(e -> damagedDialogShowing = false);
            dialog.show();
        }, failure -> {
            damagedDialogShowing = false;
            LOG.error("The backups of the damaged store could not be listed", failure);
        });
    }

    private String diagnostics(List<String> errors) {
        Path location = context.store().location();
        List<String> lines = AppLogging.current().map(s -> s.recentLines(Diagnostics.LOG_LINES)).orElse(List.of());
        String store = context.store().server().map(server -> server.url())
                .orElseGet(() -> Diagnostics.h2Store(StoreFile.dataFile(location)));
        return new Diagnostics(System.getProperties(), store,
                LogFolder.beside(location), errors, lines).text();
    }

    /** Another start of the app asked for this window: show it, restored and in front. */
    private void bringForward() {
        if (stage.isIconified()) {
            stage.setIconified(false);
        }
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.toFront();
        stage.requestFocus();
    }

    /** Rebuilds the window in the newly chosen language, keeping the corpus and the open panes. */
    /** After Settings: the window in the new language, with the analyst's filter, tab and rows as they were. */
    private void applySettings() {
        MainWindow.Place place = ((MainWindow) stage.getScene().getRoot()).place();
        rebuildWindow(context.withSettingsApplied(new Messages(settings.language())), place);
    }

    /**
     * After a restore from backup, or File ▸ Open store…: the window is built anew on the store, with its
     * settings. The layout and open panes of the store left are saved into its own settings first; a store
     * left open (Open store…) is closed once the new window has replaced its view.
     */
    private void storeReopened(AppContext fresh) {
        Store left = store;
        MainWindow old = (MainWindow) stage.getScene().getRoot();
        WindowLayout.save(stage, old, settings);
        settings = fresh.settings();
        store = fresh.store();
        rebuildWindow(fresh, null, old);
        if (left != store && !left.isClosed()) {
            Tasks.run(fresh.tasks(), () -> {
                left.close();
                return null;
            }, closed -> LOG.info("Switched from the store {} to {}", left.describe(), store.describe()));
        }
    }

    private void rebuildWindow(AppContext next, MainWindow.Place place) {
        MainWindow old = (MainWindow) stage.getScene().getRoot();
        WindowLayout.save(stage, old, settings);
        rebuildWindow(next, place, old);
    }

    private void rebuildWindow(AppContext next, MainWindow.Place place, MainWindow old) {
        old.dispose();
        context = next;
        MainWindow window = new MainWindow(context, this::applySettings, this::storeReopened);
        stage.getScene().setRoot(window);
        stage.setTitle(context.messages().get("app.title"));
        window.corpus().reload(() -> {
            window.reopenPanes(settings.openPanes());
            if (place != null) {
                window.restore(place);
            }
        });
    }

    private void failStartup(Messages messages) {
        // Without a store the layout cannot be restored; the message is all the analyst needs.
        if (options != null && options.selfTest()) {
            System.err.println("self-test failed: " + startupError);
            Platform.exit();
            System.exit(1);
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, startupError);
        alert.setHeaderText(null);
        alert.setTitle(messages.get("error.title"));
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (instanceListener != null) {
            try {
                instanceListener.close();
            } catch (Exception e) {
                LOG.debug("Stopping the instance listener: {}", e.toString());
            }
        }
        if (stage != null && stage.getScene() != null && stage.getScene().getRoot() instanceof MainWindow w) {
            WindowLayout.save(stage, w, settings);
            w.dispose();
        }
        if (context != null) {
            context.tasks().shutdown();
        }
        if (store != null) {
            store.close();
        }
        if (uncaughtErrors != null) {
            uncaughtErrors.close();
        }
        if (logging != null) {
            logging.close();
        }
    }

    /** The first run of this window (for tests: where it is). */
    FirstRun firstRun() {
        return firstRun;
    }
}
