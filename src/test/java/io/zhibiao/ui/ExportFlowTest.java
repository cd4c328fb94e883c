package io.zhibiao.ui;

import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.testing.SampleReports;
import io.zhibiao.ui.document.DocumentPaneView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Correct a value, export the open pane from the File menu, and find the correction in the workbook. */
class ExportFlowTest {
    @TempDir
    Path tmp;

    @Test
    void correctionMadeInReviewAppearsInTheExportedWorkbook() throws Exception {
        Path out = tmp.resolve("out/briefing.xlsx");
        Files.createDirectories(out.getParent());
        WorkbenchRobot robot = new WorkbenchRobot(tmp);
        robot.start();
        try {
            DocumentPaneView pane = robot.openFromTree(SampleReports.HONGHU_2024);
            robot.clickOn(pane.table()).type(KeyCode.J);
            StoredIndicator row = pane.model().selectedProperty().get();
            robot.type(KeyCode.E);
            TextField value = robot.lookup("#form-value").queryAs(TextField.class);
            robot.interact(() -> value.setText("123.4"));
            robot.clickOn(value).type(KeyCode.ENTER);
            WorkbenchRobot.waitUntil(10, () -> pane.model().indicators().stream()
                    .anyMatch(i -> i.id() == row.id() && i.status() == ReviewStatus.CORRECTED));
            int rows = pane.model().indicators().size();

            robot.window().setFileSource(new FixedFiles(List.of(), out));
            robot.clickOn("File").clickOn("Export to Excel…");
            robot.clickOn("The reports open in panes");
            robot.clickOn("OK");
            WorkbenchRobot.waitUntil(60, () -> robot.lookup("Open the file").tryQuery().isPresent());
            robot.clickOn("Close");

            try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Sheet indicators = wb.getSheetAt(0);
                assertEquals(rows, indicators.getLastRowNum(), "one row per indicator of the pane's report");
                boolean found = false;
                for (Row r : indicators) {
                    for (Cell c : r) {
                        found |= c.getCellType() == CellType.NUMERIC && c.getNumericCellValue() == 123.4;
                    }
                }
                assertTrue(found, "the corrected value 123.4 is in the Indicators sheet as a number");
            }
        } finally {
            robot.stop();
        }
    }
}
