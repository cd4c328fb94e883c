package io.zhibiao.ui;

import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.store.Store;
import io.zhibiao.testing.SampleReports;
import io.zhibiao.ui.store.LastStore;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * File ▸ Open store… on two store files: the workbench switches to the other store's reports and settings as
 * a restart would, lets go of the store it left, refuses text that names no store in words and stays open,
 * and the next start without --db opens the store chosen last.
 */
class OpenStoreFlowTest {
    @TempDir
    Path tmp;
    private WorkbenchRobot robot;

    @AfterEach
    void stop() throws Exception {
        if (robot != null) {
            robot.stop();
        }
        System.clearProperty(LastStore.FILE_PROPERTY);
    }

    @Test
    void openingAnotherStoreSwitchesTheWorkbenchAndIsRemembered() throws Exception {
        System.setProperty(LastStore.FILE_PROPERTY, tmp.resolve("app/settings.properties").toString());
        Path other = tmp.resolve("other");
        try (Store b = Store.open(other.resolve("zhibiao"))) {
            ImportService.withBundledData(b).importPaths(List.of(SampleReports.path(SampleReports.HONGHU_2024)),
                    ImportListener.NONE, () -> false);
            long first = b.indicators().findByDocument(b.documents().listSummaries().get(0).id()).get(0).id();
            new ReviewService(b, "li.na").verify(first);
        }
        Files.writeString(other.resolve("settings.properties"), "language=en\nanalyst=li.na\n");
        robot = new WorkbenchRobot(tmp);
        robot.start();
        var before = robot.window();

        robot.clickOn("File").clickOn("Open store…");
        TextField address = robot.lookup("#open-store-address").query();
        robot.interact(() -> address.setText("jdbc:mysql://server/zhibiao"));
        robot.clickOn("#open-store-ok");
        Label problem = robot.lookup("#open-store-problem").query();
        assertTrue(problem.getText().contains("no other database server is supported"), problem.getText());
        robot.interact(() -> address.setText(other.toString()));
        robot.clickOn("#open-store-ok");

        WorkbenchRobot.waitUntil(30, () -> robot.window() != before
                && robot.window().corpus().documents().size() == 1);
        assertNotSame(before, robot.window());
        assertEquals(SampleReports.HONGHU_2024, robot.window().corpus().documents().get(0).fileName());
        // the store left is closed: another process (here, the test) may open it
        WorkbenchRobot.waitUntil(10, () -> {
            try (Store left = Store.open(robot.db())) {
                return left.documents().listSummaries().size() == 3;
            } catch (io.zhibiao.core.store.StoreInUseException e) {
                return false;
            }
        });

        AppOptions next = AppOptions.parse(List.of());
        assertTrue(next.remembered());
        assertEquals(other.resolve("zhibiao").toAbsolutePath().normalize(),
                next.db().location().toAbsolutePath().normalize());
    }
}
