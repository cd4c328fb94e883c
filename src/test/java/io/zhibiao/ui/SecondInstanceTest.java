package io.zhibiao.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
                    "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                    "io.zhibiao.Launcher", "--db", robot.db().toString()))
                    .redirectErrorStream(true).start();
            assertTrue(second.waitFor(60, TimeUnit.SECONDS), "the second start ended by itself");
            String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, second.exitValue(), output);
            String logs = logsBeside(robot.db());
            assertTrue(logs.contains("Zhibiao is already open on " + robot.db()), "the second start logged why it "
                    + "ended, in its own file beside the store, as this process holds the first:\n" + logs + output);
            WorkbenchRobot.waitUntil(5, () -> !stage.isIconified() && stage.isShowing());
        } finally {
            robot.stop();
        }
    }

    private static String logsBeside(Path db) throws java.io.IOException {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(db.resolveSibling("logs"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("zhibiao-0.log")
                    && !f.toString().endsWith(".lck")).toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
