package io.zhibiao.ui;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The export dialog's format choice: the tidy CSV for Stata and R, written from the File menu. */
class ExportFormatFlowTest {
    @TempDir
    Path tmp;

    @Test
    void tidyCsvChosenInTheDialogIsWritten() throws Exception {
        Path out = tmp.resolve("out/figures.csv");
        Files.createDirectories(out.getParent());
        WorkbenchRobot robot = new WorkbenchRobot(tmp);
        robot.start();
        try {
            robot.window().setFileSource(new FixedFiles(List.of(), out));
            robot.clickOn("File").clickOn("Export to Excel…");
            robot.clickOn("#export-format-tidy_csv");
            CheckBox panelSheet = robot.lookup("Panel (regions × years)").queryAs(CheckBox.class);
            assertTrue(((Node) panelSheet).isDisabled(), "the workbook's sheets do not apply to a CSV file");
            robot.clickOn("OK");
            WorkbenchRobot.waitUntil(60, () -> robot.lookup("Open the file").tryQuery().isPresent());
            robot.clickOn("Close");

            List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
            assertTrue(lines.get(0).startsWith("region_code,province,region,level,year,indicator_code,"), lines.get(0));
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("421200,湖北省,咸宁市,prefecture,2023,GDP,")),
                    "咸宁's GDP figures of 2023, one row each: " + lines);
            assertEquals(lines.size(), lines.stream().distinct().count(), "no figure twice");
        } finally {
            robot.stop();
        }
    }
}
