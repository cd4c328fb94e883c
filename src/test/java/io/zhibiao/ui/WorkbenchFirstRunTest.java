package io.zhibiao.ui;

import io.zhibiao.core.corpusview.CorpusNode;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.ui.document.DocumentPaneView;
import io.zhibiao.ui.main.MainWindow;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A new user's first start: the sample reports appear, and a report opens in a pane with its indicators. */
class WorkbenchFirstRunTest {
    @TempDir
    Path tmp;
    private final FxRobot robot = new FxRobot();
    private javafx.application.Application app;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ZhibiaoApp.class, "--db", tmp.resolve("store/zhibiao").toString());
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        FxToolkit.cleanupApplication(app);
    }

    private MainWindow window() {
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        return (MainWindow) stage.getScene().getRoot();
    }

    @Test
    void samplesAreLoadedOnFirstStartAndOpenInAPane() throws Exception {
        // The list fills before the tree is shown from it, in the same JavaFX event: wait for both.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window().corpus().documents().size() == 3
                && window().corpusView().tree().getRoot() != null
                && !window().corpusView().tree().getRoot().getChildren().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        TreeItem<CorpusNode> hubei = window().corpusView().tree().getRoot().getChildren().get(0);
        assertEquals("湖北省", hubei.getValue().label());

        TreeItem<CorpusNode> doc = firstDocument(hubei);
        assertNotNull(doc);
        robot.interact(() -> {
            window().corpusView().tree().getSelectionModel().select(doc);
            window().corpusView().tree().requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window().panes().panes().size() == 1
                && !window().panes().panes().get(0).model().loadingProperty().get());
        DocumentPaneView pane = window().panes().panes().get(0);
        assertFalse(pane.model().indicators().isEmpty());
        assertTrue(pane.textArea().getText().length() > 1000);

        StoredIndicator row = pane.table().getItems().get(0);
        robot.interact(() -> pane.table().getSelectionModel().select(row));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(row.value().start(), pane.textArea().getSelection().getStart());
        assertEquals(row.value().end(), pane.textArea().getSelection().getEnd());
    }

    @Test
    void filterNarrowsTheTreeToMatchingRegions() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window().corpus().documents().size() == 3);
        robot.clickOn(window().corpusView().filterField()).write("洪湖");
        WaitForAsyncUtils.waitForFxEvents();
        CorpusNode root = window().corpusView().tree().getRoot().getValue();
        assertEquals(1, root.documents());
    }

    @Test
    void theTreeKeepsWhatTheAnalystOpenedClosedAndSelectedWhenItsCountsChange() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window().corpus().documents().size() == 3
                && !window().corpusView().tree().getRoot().getChildren().isEmpty());
        TreeItem<CorpusNode> hubei = window().corpusView().tree().getRoot().getChildren().get(0);
        TreeItem<CorpusNode> first = hubei.getChildren().get(0);
        TreeItem<CorpusNode> doc = firstDocument(hubei.getChildren().get(1));
        robot.interact(() -> {
            first.setExpanded(false);
            window().corpusView().tree().getSelectionModel().select(doc);
        });
        long selectedId = doc.getValue().documentId();
        // A review elsewhere changes the counts, so the tree is rebuilt.
        try (var store = io.zhibiao.core.store.Store.open(tmp.resolve("store/zhibiao"))) {
            long indicator = store.indicators().findByDocument(selectedId).get(0).id();
            new io.zhibiao.core.review.ReviewService(store, "colleague").verify(indicator);
        }
        robot.interact(() -> window().corpus().reload(() -> { }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window().corpusView().tree().getRoot().getChildren()
                .isEmpty() && window().corpusView().tree().getRoot().getChildren().get(0) != hubei);
        TreeItem<CorpusNode> newHubei = window().corpusView().tree().getRoot().getChildren().get(0);
        assertFalse(newHubei.getChildren().get(0).isExpanded(), "a closed region stays closed");
        assertEquals(selectedId, window().corpusView().tree().getSelectionModel().getSelectedItem().getValue().documentId());
    }

    private static TreeItem<CorpusNode> firstDocument(TreeItem<CorpusNode> item) {
        if (item.getValue().isDocument()) {
            return item;
        }
        for (TreeItem<CorpusNode> c : item.getChildren()) {
            TreeItem<CorpusNode> d = firstDocument(c);
            if (d != null) {
                return d;
            }
        }
        return null;
    }
}
