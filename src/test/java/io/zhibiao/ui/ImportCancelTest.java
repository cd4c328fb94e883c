package io.zhibiao.ui;

import io.zhibiao.testing.SampleReports;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A long import shows its progress in the status bar and stops when the analyst cancels it. */
class ImportCancelTest {
    @TempDir
    Path tmp;

    @Test
    void cancellingAnImportStopsItAndKeepsWhatWasImported() throws Exception {
        List<Path> files = SampleReports.variants(tmp.resolve("many"), 400);
        WorkbenchRobot robot = new WorkbenchRobot(tmp);
        robot.start();
        try {
            robot.interact(() -> robot.window().startImport(List.of(tmp.resolve("many"))));
            Node cancel = robot.lookup("#status-cancel").query();
            WorkbenchRobot.waitUntil(10, () -> cancel.isVisible() && robot.window().statusBar().getProgress() > 0);
            robot.clickOn(cancel);
            WorkbenchRobot.waitUntil(30, () -> !cancel.isVisible());
            // Files already started finish; no new ones start. The tree follows what is in the store.
            WorkbenchRobot.waitUntil(30, () -> {
                int n = robot.window().corpus().documents().size();
                return n > 3 && n < 3 + files.size();
            });
            int afterCancel = robot.window().corpus().documents().size();
            Thread.sleep(1500);
            robot.interact(() -> robot.window().corpus().reload(() -> { }));
            WorkbenchRobot.waitUntil(10, () -> robot.window().corpus().documents().size() >= afterCancel);
            assertTrue(robot.window().corpus().documents().size() < 3 + files.size(), "the import stopped");
        } finally {
            robot.stop();
        }
    }
}
