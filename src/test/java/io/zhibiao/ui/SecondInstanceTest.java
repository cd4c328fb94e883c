package io.zhibiao.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starting Zhibiao again on a store whose window is open brings that window forward and ends quietly. */
class SecondInstanceTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondStartInAnotherProcessBringsTheOpenWindowForwardAndExitsZero() throws Exception {
        WorkbenchRobot robot = new WorkbenchRobot(tmp);
        robot.start();
        try {
            Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
            robot.interact(() -> stage.setIconified(true));
            assertTrue(stage.isIconified());

            Process second = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Djava.awt.headless=true", "-Dorg.slf4j.simpleLogger.defaultLogLevel=info", "-cp", System.getProperty("java.class.path"),
                    "io.zhibiao.Launcher", "--db", robot.db().toString()))
                    .redirectErrorStream(true).start();
            assertTrue(second.waitFor(60, TimeUnit.SECONDS), "the second start ended by itself");
            String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, second.exitValue(), output);
            assertTrue(output.contains("already open"), output);
            WorkbenchRobot.waitUntil(5, () -> !stage.isIconified() && stage.isShowing());
        } finally {
            robot.stop();
        }
    }
}
