package io.zhibiao.ui;

import io.zhibiao.testing.SampleReports;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Target against actual for a region with reports of one year says which report to import. */
class TargetActualHintTest {
    @TempDir
    Path tmp;

    @Test
    void aRegionWithOneYearOfReportsSaysWhichYearToImport() throws Exception {
        WorkbenchRobot robot = new WorkbenchRobot(tmp);
        robot.start();
        try {
            robot.openFromTree(SampleReports.HONGHU_2024);
            robot.clickOn("Target vs actual");
            WorkbenchRobot.waitUntil(20, () -> robot.lookup("#targets-hint").tryQuery()
                    .map(n -> !((Label) n).getText().isEmpty()).orElse(false));
            String hint = robot.lookup("#targets-hint").queryAs(Label.class).getText();
            assertTrue(hint.contains("洪湖市") && hint.contains("2025 report") && hint.contains("2023 report"), hint);
            assertTrue(robot.lookup("#targets-hint").query().isVisible());
        } finally {
            robot.stop();
        }
    }
}
