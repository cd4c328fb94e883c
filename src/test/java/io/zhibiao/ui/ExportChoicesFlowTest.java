package io.zhibiao.ui;

import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.testing.SampleReports;
import io.zhibiao.ui.document.DocumentPaneView;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The export dialog's choices as on the command line: catalog only, verified only and the sample reports
 * left out but one, read back from the workbook; the next export opens with the same choices.
 */
class ExportChoicesFlowTest {
    @TempDir
    Path tmp;

    @Test
    void catalogVerifiedAndLeftOutReportsReachTheWorkbookAndAreRemembered() throws Exception {
        WorkbenchRobot robot = new WorkbenchRobot(tmp);
        robot.start();
        try {
            DocumentPaneView pane = robot.openFromTree(SampleReports.HONGHU_2024);
            robot.clickOn(pane.table()).type(KeyCode.J);
            for (int i = 0; i < 30 && pane.model().selectedProperty().get().value().code() == null; i++) {
                robot.type(KeyCode.J);
            }
            StoredIndicator chosen = pane.model().selectedProperty().get();
            assertTrue(chosen.value().code() != null, "a catalog indicator in the report");
            robot.type(KeyCode.V);
            WorkbenchRobot.waitUntil(10, () -> pane.model().indicators().stream()
                    .anyMatch(i -> i.id() == chosen.id() && i.status() == ReviewStatus.VERIFIED));
            long honghu = robot.documentId(SampleReports.HONGHU_2024);

            Path out = tmp.resolve("out/choices.xlsx");
            Files.createDirectories(out.getParent());
            robot.window().setFileSource(new FixedFiles(List.of(), out));
            robot.clickOn("File").clickOn("Export to Excel…");
            robot.clickOn("The whole store");
            robot.clickOn("#export-catalog-only");
            robot.clickOn("#export-verified-only");
            robot.clickOn("#export-exclude-samples");
            @SuppressWarnings("unchecked")
            CheckComboBox<Long> excluded = robot.lookup("#export-excluded").queryAs(CheckComboBox.class);
            assertEquals(3, excluded.getCheckModel().getCheckedItems().size(), "the three samples");
            robot.interact(() -> excluded.getCheckModel().clearCheck(Long.valueOf(honghu)));
            robot.clickOn("OK");
            WorkbenchRobot.waitUntil(60, () -> robot.lookup("Open the file").tryQuery().isPresent());
            robot.clickOn("Close");

            try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Sheet indicators = wb.getSheet("Indicators");
                assertEquals(1, indicators.getLastRowNum(), "the one verified catalog row of the report kept");
                assertEquals((double) chosen.id(), cell(indicators, 1, "Indicator id").getNumericCellValue());
                assertEquals(1, wb.getSheet("Sources").getLastRowNum());
            }

            robot.clickOn("File").clickOn("Export to Excel…");
            assertTrue(robot.lookup("#export-catalog-only").queryAs(CheckBox.class).isSelected());
            assertTrue(robot.lookup("#export-verified-only").queryAs(CheckBox.class).isSelected());
            @SuppressWarnings("unchecked")
            CheckComboBox<Long> again = robot.lookup("#export-excluded").queryAs(CheckComboBox.class);
            assertEquals(Set.of(robot.documentId(SampleReports.XIANNING_2023),
                    robot.documentId(SampleReports.XIANNING_2024_SUMMARY)), Set.copyOf(again.getCheckModel()
                    .getCheckedItems()));
            robot.clickOn("Cancel");
        } finally {
            robot.stop();
        }
    }

    private static org.apache.poi.ss.usermodel.Cell cell(Sheet sheet, int row, String header) {
        for (var c : sheet.getRow(0)) {
            if (header.equals(c.getStringCellValue())) {
                Row r = sheet.getRow(row);
                return r.getCell(c.getColumnIndex());
            }
        }
        throw new AssertionError("no column " + header);
    }
}
