package io.zhibiao.ui.main;

import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.importer.ImportSummary;
import io.zhibiao.core.files.Printable;
import io.zhibiao.ui.AppContext;
import io.zhibiao.ui.common.Messages;
import io.zhibiao.ui.corpus.CorpusView;
import io.zhibiao.ui.corpus.CorpusViewModel;
import io.zhibiao.ui.importer.ImportSummaryText;
import io.zhibiao.ui.importer.ImportTask;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;

import java.nio.file.Path;
import java.util.List;

/** The workbench window: corpus tree on the left, side-by-side report panes on the right. */
public final class MainWindow extends BorderPane {
    private final AppContext context;
    private final Messages m;
    private final CorpusViewModel corpus;
    private final CorpusView corpusView;
    private final PaneArea panes;
    private final StatusBar status = new StatusBar();
    private final Button cancelImport;
    private ImportTask running;
    private javafx.concurrent.Task<?> tracked;
    private FileSource fileSource = FileSource.SYSTEM;
    private final ExportFlow exporter;
    private final io.zhibiao.ui.portable.PortableWorkFlow portableWork;
    private final SplitPane main;
    private final AnalysisArea analysis;

    private final io.zhibiao.core.review.ReviewListener reviewListener = this::onReviewChange;
    private final javafx.animation.PauseTransition corpusRefresh =
            new javafx.animation.PauseTransition(javafx.util.Duration.millis(400));

    private final io.zhibiao.ui.backup.BackupFlow backups;
    private final ConnectionBanner connection;
    private final java.util.function.Consumer<AppContext> storeReopened;

    public MainWindow(AppContext context, Runnable settingsApplied) {
        this(context, settingsApplied, null);
    }

    /**
     * @param storeReopened builds the window anew on a reopened store (after a restore from backup);
     *                      null disables File ▸ Restore from backup
     */
    public MainWindow(AppContext context, Runnable settingsApplied,
                      java.util.function.Consumer<AppContext> storeReopened) {
        this.context = context;
        this.storeReopened = storeReopened;
        this.backups = new io.zhibiao.ui.backup.BackupFlow(context, this, this::isBusy,
                storeReopened != null ? storeReopened : fresh -> { });
        this.m = context.messages();
        this.corpus = new CorpusViewModel(context);
        this.panes = new PaneArea(context, corpus.documents());
        this.corpusView = new CorpusView(corpus, m, panes::openIfRoom);
        io.zhibiao.ui.corpus.DocumentDeletion deletion =
                new io.zhibiao.ui.corpus.DocumentDeletion(context, this::window, this::error);
        corpusView.setOnDelete(deletion::start);
        io.zhibiao.ui.team.TeamActions team = new io.zhibiao.ui.team.TeamActions(context, corpus, this::window,
                this::error);
        corpusView.addContextItems(team.contextItems(corpusView::selectedDocumentIds));
        cancelImport = new Button(m.get("import.cancel"));
        cancelImport.setId("status-cancel");
        cancelImport.setVisible(false);
        cancelImport.setOnAction(e -> {
            if (tracked != null) {
                tracked.cancel(false);
            }
        });
        status.setText(m.get("status.ready"));
        status.getRightItems().add(cancelImport);
        connection = new ConnectionBanner(context.store(), m);
        status.getLeftItems().add(connection);
        corpus.corpusStatusProperty().addListener((obs, old, s) -> {
            if (tracked == null) {
                status.setText(s);
            }
        });

        analysis = new AnalysisArea(context, panes);
        SplitPane work = new SplitPane(panes, analysis);
        work.setOrientation(javafx.geometry.Orientation.VERTICAL);
        work.setDividerPositions(0.7);
        panes.setOnSelect(analysis::chartIndicator);
        main = new SplitPane(corpusView, work);
        main.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(corpusView, false);
        javafx.scene.control.MenuBar menus = new MainMenus(context, this, settingsApplied, storeReopened != null).bar();
        menus.getMenus().add(menus.getMenus().size() - 1, team.menu());
        setTop(new VBox(menus, toolBar()));
        setCenter(main);
        setBottom(status);
        enableDrop();
        exporter = new ExportFlow(context, this);
        portableWork = new io.zhibiao.ui.portable.PortableWorkFlow(context, new PortableWorkHost(this));
        corpusRefresh.setOnFinished(e -> corpus.reload(() -> { }));
        context.review().addListener(reviewListener);
        // Open panes are remembered as they change, so a killed app comes back with them too.
        panes.setOnChange(() -> {
            context.settings().setOpenPanes(panes.documentIds());
            // The file write goes to the background like all I/O; a failure is logged by the executor.
            io.zhibiao.ui.common.Tasks.run(context.tasks(), () -> {
                context.settings().save();
                return null;
            }, ignored -> { });
        });
    }

    /**
     * Where the analyst is in this window: the corpus filter, the tab below the panes and, per pane, the
     * selected indicator. A language switch builds the window anew and puts these back.
     */
    public record Place(String filter, int tab, List<Long> selected) {
    }

    public Place place() {
        return new Place(corpusView.filterField().getText(), analysis.getSelectionModel().getSelectedIndex(),
                panes.panes().stream().map(p -> p.model().selectedProperty().get())
                        .map(s -> s == null ? null : s.id()).toList());
    }

    /** Puts a place back; call after {@link #reopenPanes}: each pane selects its row once its report is shown. */
    public void restore(Place place) {
        corpusView.filterField().setText(place.filter());
        analysis.getSelectionModel().select(place.tab());
        List<io.zhibiao.ui.document.DocumentPaneView> open = panes.panes();
        for (int i = 0; i < open.size() && i < place.selected().size(); i++) {
            Long id = place.selected().get(i);
            if (id != null) {
                open.get(i).whenLoaded(view -> view.model().selectedProperty().set(view.model().indicators().stream()
                        .filter(row -> row.id() == id).findFirst().orElse(null)));
            }
        }
    }

    /** Opens panes for the documents still in the store, in the given order. */
    public void reopenPanes(List<Long> documentIds) {
        java.util.Set<Long> present = new java.util.HashSet<>();
        corpus.documents().forEach(d -> present.add(d.id()));
        documentIds.stream().filter(present::contains).forEach(panes::open);
    }

    public double divider() {
        return main.getDividerPositions()[0];
    }

    public void setDivider(double position) {
        main.setDividerPositions(position);
    }

    /** Panes and tree follow every review change, whichever pane or menu made it; deleted reports' panes close. */
    private void onReviewChange(io.zhibiao.core.review.ReviewChange change) {
        javafx.application.Platform.runLater(() -> {
            panes.closeDocuments(change.trashedIds());
            for (var pane : panes.panes()) {
                if (change.documentIds().contains(pane.model().documentIdProperty().get())) {
                    boolean stepBack = change.action() == io.zhibiao.core.review.ReviewAction.UNDO
                            || change.action() == io.zhibiao.core.review.ReviewAction.REDO;
                    if (stepBack) {
                        pane.model().refreshShowing(change.indicatorIds());
                    } else {
                        pane.model().refresh();
                    }
                }
            }
            // The tree's counts follow too, but once per burst of keystrokes rather than per key.
            corpusRefresh.playFromStart();
        });
    }

    /** Stops listening to the review service (the window is being replaced). */
    public void dispose() {
        corpusRefresh.stop();
        connection.dispose();
        context.review().removeListener(reviewListener);
    }

    private ToolBar toolBar() {
        Button importButton = new Button(m.get("toolbar.import"));
        importButton.setId("toolbar-import");
        importButton.setOnAction(e -> chooseFiles());
        return new ToolBar(importButton);
    }

    void chooseFiles() {
        List<Path> files = fileSource.chooseFiles(window(), m.get("import.title"), importFolder());
        if (!files.isEmpty()) {
            rememberImportFolder(files.get(0).toAbsolutePath().getParent());
            startImport(files);
        }
    }

    void chooseFolder() {
        Path folder = fileSource.chooseFolder(window(), m.get("import.title"), importFolder());
        if (folder != null) {
            rememberImportFolder(folder.toAbsolutePath().getParent());
            startImport(List.of(folder));
        }
    }

    /** Where the import dialogs open: the folder last imported from while it exists, else the home folder. */
    private Path importFolder() {
        return context.settings().importFolder().filter(java.nio.file.Files::isDirectory)
                .orElseGet(() -> Path.of(System.getProperty("user.home")));
    }

    private void rememberImportFolder(Path folder) {
        if (folder == null) {
            return;
        }
        context.settings().setImportFolder(folder);
        io.zhibiao.ui.common.Tasks.run(context.tasks(), () -> {
            context.settings().save();
            return null;
        }, ignored -> { });
    }

    FileSource fileSource() {
        return fileSource;
    }

    /** Opens exported workbooks with the system's spreadsheet program (tests: one that is not there). */
    public void setFileOpener(io.zhibiao.ui.common.SystemOpener opener) {
        exporter.setOpener(opener);
    }

    public ExportFlow exporter() {
        return exporter;
    }

    AppContext context() {
        return context;
    }

    /** File ▸ Export / Import analyst work. */
    public io.zhibiao.ui.portable.PortableWorkFlow portableWork() {
        return portableWork;
    }

    /** After work came in from elsewhere: the tree's counts and every open pane show the store again. */
    void refreshAll() {
        panes.panes().forEach(pane -> pane.model().refresh());
        corpus.reload(() -> { });
    }

    public io.zhibiao.ui.backup.BackupFlow backups() {
        return backups;
    }

    /** Whether an import or export is running (shown in the status bar). */
    /**
     * File ▸ Open store…: the chosen store replaces this one as a restart of the main view would, with the
     * settings, language and open panes of the store opened; the store left is closed by the switch.
     */
    void openStore() {
        if (isBusy()) {
            error(m.get("openStore.busy"));
            return;
        }
        new io.zhibiao.ui.store.StoreOpenFlow(context.tasks(), m, this::window, opened -> {
            io.zhibiao.core.settings.Settings s = io.zhibiao.core.settings.Settings.load(
                    opened.store().location().resolveSibling("settings.properties"));
            storeReopened.accept(new AppContext(opened.store(), new io.zhibiao.ui.common.Messages(s.language()),
                    context.tasks(), opened.regions(), s, new io.zhibiao.core.review.ReviewService(opened.store(),
                    opened.store().analyst(s.analyst()))));
        }, this::error).choose(context.store());
    }

    /** Why the store opened last was not opened again at this start (the default store was instead). */
    public void showStartNotice(String why) {
        info(m.format("openStore.lastFailed", why));
    }

    public boolean isBusy() {
        return tracked != null;
    }

    /** Replaces the system file dialogs (robot tests cannot drive native dialogs headless). */
    public void setFileSource(FileSource source) {
        this.fileSource = source;
    }

    private void enableDrop() {
        FileDrop.install(this, () -> running != null, this::startImport,
                names -> info(m.format("import.drop.unsupported", names)));
    }

    /** Imports in the background; the tree refreshes and a summary is shown when it ends. */
    public ImportTask startImport(List<Path> paths) {
        return startImport(paths, true);
    }

    public ImportTask startImport(List<Path> paths, boolean showSummary) {
        if (running != null) {
            return running;
        }
        ImportTask task = new ImportTask(ImportService.withStoreCatalog(context.store()), paths, m);
        running = task;
        Runnable finish = () -> {
            running = null;
            corpus.reload(() -> { });
        };
        track(task, () -> { });
        task.setOnSucceeded(e -> {
            finish.run();
            ImportSummary s = task.getValue();
            if (showSummary || s.failed() > 0 || !s.unsupported().isEmpty() || !s.links().isEmpty()
                    || ImportSummaryText.isError(s)) {
                String failures = ImportSummaryText.failures(s, m);
                String text = ImportSummaryText.headline(s, m) + (failures.isEmpty() ? "" : "\n\n" + failures);
                if (ImportSummaryText.isError(s)) {
                    error(text);
                } else {
                    info(text);
                }
            }
        });
        task.setOnCancelled(e -> finish.run());
        task.setOnFailed(e -> {
            finish.run();
            error(Printable.text(String.valueOf(task.getException().getMessage())));
        });
        context.tasks().run(task);
        return task;
    }

    /** Shows a long task's progress and message in the status bar, with a cancel button, until it ends. */
    void track(javafx.concurrent.Task<?> task, Runnable ended) {
        tracked = task;
        status.textProperty().bind(task.messageProperty());
        status.progressProperty().bind(task.progressProperty());
        cancelImport.setVisible(true);
        task.stateProperty().addListener((o, was, now) -> {
            if (io.zhibiao.ui.common.TaskStates.ended(now)) {
                status.textProperty().unbind();
                status.progressProperty().unbind();
                status.setProgress(0);
                status.setText(corpus.corpusStatusProperty().get());
                cancelImport.setVisible(false);
                tracked = null;
                ended.run();
            }
        });
    }

    void info(String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text);
        a.setHeaderText(null);
        a.setTitle(m.get("import.title"));
        a.initOwner(window());
        a.show();
    }

    void error(String text) {
        Alert a = new Alert(Alert.AlertType.ERROR, text);
        a.setHeaderText(null);
        a.setTitle(m.get("error.title"));
        a.initOwner(window());
        a.show();
    }

    Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    public CorpusViewModel corpus() {
        return corpus;
    }

    public CorpusView corpusView() {
        return corpusView;
    }

    public AnalysisArea analysis() {
        return analysis;
    }

    public PaneArea panes() {
        return panes;
    }

    public StatusBar statusBar() {
        return status;
    }

    /** Whether the status bar says that the team store's connection is lost. */
    public boolean saysConnectionLost() {
        return connection.saysLost();
    }
}
