package io.zhibiao.ui;

import io.zhibiao.core.backup.Backup;
import io.zhibiao.core.backup.Backups;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreFile;
import io.zhibiao.testing.DamagedStores;
import io.zhibiao.testing.SampleReports;
import io.zhibiao.ui.document.DocumentPaneView;
import io.zhibiao.ui.main.MainWindow;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workbench started on a store file that is empty or damaged offers the newest backups instead of
 * starting over: the analyst restores one and works on, the file as it was kept beside the store.
 */
class DamagedStoreStartTest {
    @TempDir
    Path tmp;
    private final FxRobot robot = new FxRobot();
    private Application app;
    private Path db;
    private List<Backup> backups;

    @BeforeEach
    void storeWithTwoBackups() throws Exception {
        db = tmp.resolve("store/zhibiao");
        DamagedStores.storeWithSamples(db);
        Files.writeString(db.resolveSibling("settings.properties"), "language=en\nanalyst=robot\n", StandardCharsets.UTF_8);
        Backups b = new Backups(db, 10);
        try (Store store = Store.open(db)) {
            b.backUp(store);
            b.backUp(store);
        }
        backups = b.list();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ZhibiaoApp.class, "--db", db.toString());
    }

    private MainWindow window() {
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        return stage.getScene() != null && stage.getScene().getRoot() instanceof MainWindow w ? w : null;
    }

    private boolean showing(String text) {
        return robot.lookup(n -> n instanceof Label l && l.getText() != null && l.getText().contains(text))
                .tryQuery().isPresent();
    }

    /** The dialog lists the newest backups, newest first and chosen; Restore puts it in place. */
    private void restoreTheNewest() throws Exception {
        TableView<?> table = robot.lookup("#damaged-store-backups").queryAs(TableView.class);
        assertEquals(backups, table.getItems());
        assertEquals(backups.get(0), table.getSelectionModel().getSelectedItem());
        robot.clickOn("Restore the chosen backup");
        WorkbenchRobot.waitUntil(60, () -> window() != null && window().corpus().documents().size() == 3);
        WorkbenchRobot.waitUntil(10, () -> showing("is restored. The store file as it was is kept, unchanged, as"));
        robot.clickOn("OK");
    }

    private Path kept() throws Exception {
        try (var files = Files.list(db.getParent())) {
            List<Path> kept = files.filter(f -> f.getFileName().toString().startsWith("zhibiao.damaged-")).toList();
            assertEquals(1, kept.size(), kept.toString());
            return kept.get(0);
        }
    }

    @Test
    void anEmptyStoreFileIsReplacedByTheChosenBackupNotByTheSamples() throws Exception {
        Files.write(StoreFile.dataFile(db), new byte[0]);
        start();
        WorkbenchRobot.waitUntil(30, () -> robot.lookup("#damaged-store-dialog").tryQuery().isPresent());
        assertTrue(showing("The store file " + StoreFile.dataFile(db) + " is empty (0 bytes)"));
        assertTrue(showing("Restore one of its newest backups"));
        assertEquals(0, Files.size(StoreFile.dataFile(db)));

        restoreTheNewest();

        assertEquals(0, Files.size(kept()));
        assertFalse(Files.exists(db.resolveSibling("samples")), "no first-run samples over the restored store");
        assertEquals(backups, new Backups(db, 10).list(), "no backup of the empty store among them");
    }

    @Test
    void aDamagedStoreFileIsLeftByteForByteAndKeptWhenABackupIsRestored() throws Exception {
        Path file = StoreFile.dataFile(db);
        DamagedStores.garbleTableRoots(file);
        String damaged = DamagedStores.sha256(file);
        start();
        WorkbenchRobot.waitUntil(30, () -> robot.lookup("#damaged-store-dialog").tryQuery().isPresent());
        assertTrue(showing("is damaged and cannot be read ("));
        assertEquals(damaged, DamagedStores.sha256(file), "the failed open wrote nothing");

        restoreTheNewest();

        assertEquals(damaged, DamagedStores.sha256(kept()));
    }

    @Test
    void aPaneNamesAReportWhoseTextWasAlteredInTheStoreAndShowsNothingOfIt() throws Exception {
        try (Connection c = StoreFile.connect(db);
             PreparedStatement ps = c.prepareStatement("UPDATE document_text SET original_text = "
                     + "REPLACE(original_text, '洪湖', '洪潮') WHERE document_id = "
                     + "(SELECT id FROM document WHERE file_name = ?)")) {
            ps.setString(1, SampleReports.HONGHU_2024);
            assertEquals(1, ps.executeUpdate());
        }
        WorkbenchRobot workbench = new WorkbenchRobot(tmp);
        workbench.start();
        try {
            DocumentPaneView pane = workbench.openFromTreeUnread(SampleReports.HONGHU_2024);
            WorkbenchRobot.waitUntil(20, () -> !pane.model().loadingProperty().get()
                    && pane.model().subtitleProperty().get().startsWith("The text of this report in the store is not "
                    + "the text that was imported"));
            assertTrue(pane.model().subtitleProperty().get().contains("(" + SampleReports.HONGHU_2024 + ")"));
            assertEquals("", pane.model().textProperty().get());
            assertTrue(pane.model().indicators().isEmpty());
            DocumentPaneView sound = workbench.openFromTree(SampleReports.XIANNING_2023);
            assertTrue(sound.model().textProperty().get().length() > 1000);
        } finally {
            workbench.stop();
        }
    }
}
