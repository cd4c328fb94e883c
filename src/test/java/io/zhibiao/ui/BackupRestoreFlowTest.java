package io.zhibiao.ui;

import io.zhibiao.core.backup.Backup;
import io.zhibiao.core.backup.Backups;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.Store;
import io.zhibiao.testing.SampleReports;
import io.zhibiao.ui.document.DocumentPaneView;
import io.zhibiao.ui.main.MainWindow;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

/** An analyst backs up, goes on working, then restores the backup and finds the work as it was then. */
class BackupRestoreFlowTest {
    @TempDir
    Path tmp;
    private WorkbenchRobot robot;

    @BeforeEach
    void start() throws Exception {
        robot = new WorkbenchRobot(tmp);
        robot.start();
    }

    @AfterEach
    void stop() throws Exception {
        robot.stop();
    }

    private ReviewStatus statusInStore(long id) {
        try (Store store = Store.open(robot.db())) {
            return store.indicators().findById(id).orElseThrow().status();
        }
    }

    private long verifyNextRow(DocumentPaneView pane) throws Exception {
        robot.clickOn(pane.table());
        robot.type(KeyCode.J);
        long id = pane.model().selectedProperty().get().id();
        robot.type(KeyCode.V);
        WorkbenchRobot.waitUntil(10, () -> statusInStore(id) == ReviewStatus.VERIFIED);
        return id;
    }

    @Test
    void backUpWorkOnRestoreAndSeeTheFirstState() throws Exception {
        DocumentPaneView pane = robot.openFromTree(SampleReports.HONGHU_2024);
        long first = verifyNextRow(pane);

        robot.clickOn("File").clickOn("Back up now");
        Backups backups = new Backups(robot.db(), 10);
        WorkbenchRobot.waitUntil(20, () -> backups.list().stream().anyMatch(b -> b.reason().equals("manual")));
        Backup manual = backups.list().stream().filter(b -> b.reason().equals("manual")).findFirst().orElseThrow();

        long second = verifyNextRow(pane);
        MainWindow before = robot.window();

        robot.clickOn("File").clickOn("Restore from backup…");
        robot.clickOn("Backed up by hand");
        robot.clickOn("Restore");
        robot.clickOn("Restore");
        WorkbenchRobot.waitUntil(30, () -> robot.window() != before && robot.window().corpus().documents().size() == 3);
        WorkbenchRobot.waitUntil(10, () -> robot.lookup(n -> n instanceof javafx.scene.control.Label l
                && l.getText() != null && l.getText().startsWith("The backup of ")).tryQuery().isPresent());
        robot.clickOn("OK");

        assertNotSame(before, robot.window());
        assertEquals(ReviewStatus.VERIFIED, statusInStore(first), "work from before the backup is there");
        assertEquals(ReviewStatus.UNREVIEWED, statusInStore(second), "work after the backup is gone");
        WorkbenchRobot.waitUntil(20, () -> robot.window().panes().panes().size() == 1);
        DocumentPaneView reopened = robot.window().panes().panes().get(0);
        robot.waitLoaded(reopened);
        WorkbenchRobot.waitUntil(10, () -> reopened.model().indicators().stream()
                .filter(i -> i.id() == second).findFirst().orElseThrow().status() == ReviewStatus.UNREVIEWED);
        assertEquals(1, backups.list().stream().filter(b -> b.reason().equals("before-restore")).count(),
                "the state before the restore is kept");
        assertEquals(manual.file(), backups.list().stream().filter(b -> b.reason().equals("manual"))
                .findFirst().orElseThrow().file());
    }
}
