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
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Correct a value, export the open pane from the File menu, and find the correction in the workbook; export
 * the reports of one year with the 2023 results they give.
 */
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

    @Test
    void reportYearInTheDialogKeepsTheResultsTheReportGivesOfTheYearBefore() throws Exception {
        Path out = tmp.resolve("out/2024.xlsx");
        Files.createDirectories(out.getParent());
        WorkbenchRobot robot = new WorkbenchRobot(tmp);
        robot.start();
        try {
            robot.window().setFileSource(new FixedFiles(List.of(), out));
            robot.clickOn("File").clickOn("Export to Excel…");
            @SuppressWarnings("unchecked")
            CheckComboBox<Integer> years = robot.lookup("#export-years").queryAs(CheckComboBox.class);
            assertEquals(List.of(2023, 2024), years.getItems(), "the report years of the store");
            robot.interact(() -> years.getCheckModel().check(Integer.valueOf(2024)));
            robot.clickOn("OK");
            WorkbenchRobot.waitUntil(60, () -> robot.lookup("Open the file").tryQuery().isPresent());
            robot.clickOn("Close");

            try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Sheet sources = wb.getSheet("Sources");
                assertEquals(2, sources.getLastRowNum(), "the two 2024 reports");
                Sheet indicators = wb.getSheet("Indicators");
                int reportYear = column(indicators, "Report year");
                int year = column(indicators, "Year");
                int kind = column(indicators, "Kind");
                boolean actual2023 = false;
                for (Row r : indicators) {
                    if (r.getRowNum() > 0) {
                        assertEquals(2024.0, r.getCell(reportYear).getNumericCellValue());
                        actual2023 |= r.getCell(year) != null && r.getCell(year).getNumericCellValue() == 2023
                                && "actual".equals(r.getCell(kind).getStringCellValue());
                    }
                }
                assertTrue(actual2023, "the 2023 results in the 2024 reports are kept");
            }
        } finally {
            robot.stop();
        }
    }

    private static int column(Sheet sheet, String header) {
        for (Cell c : sheet.getRow(0)) {
            if (header.equals(c.getStringCellValue())) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }
}
