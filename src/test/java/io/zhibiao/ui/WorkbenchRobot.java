package io.zhibiao.ui;

import io.zhibiao.core.corpusview.CorpusNode;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.StoreAddress;
import io.zhibiao.ui.document.DocumentPaneView;
import io.zhibiao.ui.main.MainWindow;
import javafx.application.Application;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Starts the real workbench on a temporary store, in English, and drives it like an analyst. */
class WorkbenchRobot extends FxRobot {
    private final Path db;
    private final String dbArgument;
    private Application app;

    WorkbenchRobot(Path dir) throws IOException {
        this(dir.resolve("store/zhibiao").toString());
    }

    /** On the store {@code --db} names: a path, or a team store's URL (its local folder gets the settings). */
    WorkbenchRobot(String dbArgument) throws IOException {
        this.dbArgument = dbArgument;
        this.db = StoreAddress.parse(dbArgument).location();
        Files.createDirectories(db.getParent());
        Path settings = db.resolveSibling("settings.properties");
        if (!Files.exists(settings)) {
            Files.writeString(settings, "language=en\nanalyst=robot\n", StandardCharsets.UTF_8);
        }
    }

    void start() throws Exception {
        start(() -> window().corpus().documents().size() >= 3);
    }

    /** Starts the workbench and waits until {@code ready} holds (a store whose reports were all deleted, say). */
    void start(Callable<Boolean> ready) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ZhibiaoApp.class, "--db", dbArgument);
        waitUntil(60, ready);
    }

    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.waitForFxEvents();
    }

    ZhibiaoApp app() {
        return (ZhibiaoApp) app;
    }

    Path db() {
        return db;
    }

    MainWindow window() {
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        return (MainWindow) stage.getScene().getRoot();
    }

    long documentId(String fileName) {
        return window().corpus().documents().stream().filter(d -> d.fileName().equals(fileName))
                .map(DocumentSummary::id).findFirst().orElseThrow(() -> new AssertionError("no document " + fileName));
    }

    /** Opens a pane the way an analyst does: select the report in the tree and press Enter. */
    DocumentPaneView openFromTree(String fileName) throws TimeoutException {
        DocumentPaneView pane = openFromTreeUnread(fileName);
        waitLoaded(pane);
        return pane;
    }

    /** {@link #openFromTree} without waiting for the report's text to be shown. */
    DocumentPaneView openFromTreeUnread(String fileName) throws TimeoutException {
        long id = documentId(fileName);
        int before = window().panes().panes().size();
        interact(() -> {
            var tree = window().corpusView().tree();
            var item = find(tree.getRoot(), id);
            tree.getSelectionModel().select(item);
            tree.requestFocus();
        });
        type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(20, () -> window().panes().panes().size() == before + 1);
        return window().panes().panes().get(before);
    }

    void waitLoaded(DocumentPaneView pane) throws TimeoutException {
        waitUntil(20, () -> !pane.model().loadingProperty().get() && !pane.model().textProperty().get().isEmpty());
    }

    static void waitUntil(int seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Selects the report alone in the corpus tree (its branches opened, its row in view) and opens the tree's
     * context menu at its row. Headless (Monocle) a right click carries no popup trigger, so the menu is shown
     * as the click would show it.
     */
    void showReportContextMenu(long id) {
        var tree = window().corpusView().tree();
        interact(() -> {
            var item = find(tree.getRoot(), id);
            for (var p = item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            tree.getSelectionModel().clearSelection();
            tree.getSelectionModel().select(item);
            tree.scrollTo(tree.getRow(item));
        });
        javafx.scene.Node row = lookup(".tree-cell").match((javafx.scene.control.TreeCell<CorpusNode> c) -> c.getItem() != null
                && c.getItem().isDocument() && c.getItem().documentId() == id).query();
        clickOn(row);
        interact(() -> tree.getContextMenu().show(row, javafx.geometry.Side.BOTTOM, 0, 0));
    }

    private static javafx.scene.control.TreeItem<CorpusNode> find(javafx.scene.control.TreeItem<CorpusNode> item, long id) {
        if (item.getValue().isDocument() && item.getValue().documentId() == id) {
            return item;
        }
        for (var c : item.getChildren()) {
            var f = find(c, id);
            if (f != null) {
                return f;
            }
        }
        return null;
    }
}
