package io.zhibiao.ui;

import io.zhibiao.testing.SampleReports;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import dialog opens where the analyst last imported from; an export that cannot be opened says where it is. */
class ImportAndOpenFilesTest {
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

    @Test
    void theImportDialogOpensInAFolderAndThenInTheFolderLastImportedFrom() throws Exception {
        Path folder = tmp.resolve("reports from the portal");
        Path report = Files.writeString(Files.createDirectories(folder).resolve("一份报告.txt"),
                SampleReports.text(SampleReports.HONGHU_2024) + "\n（另一版本）", java.nio.charset.StandardCharsets.UTF_8);
        FixedFiles files = new FixedFiles(List.of(report), null);
        robot.window().setFileSource(files);
        assertTrue(emptyHint().contains("samples"), emptyHint());

        robot.clickOn("File").clickOn("Import files…");
        WorkbenchRobot.waitUntil(30, () -> robot.window().corpus().documents().size() == 4);
        robot.type(KeyCode.ENTER);
        robot.clickOn("File").clickOn("Import files…");
        WorkbenchRobot.waitUntil(10, () -> files.startedIn().size() == 2);
        robot.type(KeyCode.ENTER);

        assertTrue(files.startedIn().get(0) != null && Files.isDirectory(files.startedIn().get(0)),
                "the first dialog opens in a folder, not on Recent: " + files.startedIn());
        assertEquals(folder.toAbsolutePath(), files.startedIn().get(1));
        assertFalse(emptyHint().contains("samples"), "after the analyst's own import: " + emptyHint());
        WorkbenchRobot.waitUntil(10, () -> Files.readString(robot.db().resolveSibling("settings.properties"))
                .contains("importFolder"));
    }

    private String emptyHint() {
        return robot.from(robot.window().panes()).lookup(".empty-hint").queryAs(javafx.scene.control.Label.class).getText();
    }

    @Test
    void openTheFileWithNoProgramToOpenItShowsItsPath() throws Exception {
        Path out = tmp.resolve("out/briefing.xlsx");
        Files.createDirectories(out.getParent());
        robot.window().setFileSource(new FixedFiles(List.of(), out));
        robot.window().setFileOpener(path -> false);
        robot.clickOn("File").clickOn("Export to Excel…");
        robot.clickOn("OK");
        WorkbenchRobot.waitUntil(60, () -> robot.lookup("Open the file").tryQuery().isPresent());
        robot.clickOn("Open the file");
        WorkbenchRobot.waitUntil(10, () -> robot.lookup("#export-file-path").tryQuery().isPresent());
        TextField path = robot.lookup("#export-file-path").queryAs(TextField.class);
        assertEquals(out.toString(), path.getText());
        assertFalse(path.isEditable());
        robot.clickOn("#export-file-copy");
        WorkbenchRobot.waitUntil(5, () -> robot.lookup("Path copied").tryQuery().isPresent());
    }
}
