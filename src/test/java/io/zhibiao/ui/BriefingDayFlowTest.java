package io.zhibiao.ui;

import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.ui.document.DocumentPaneView;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An analyst's day, as issue 20 measures it: twenty city reports of consecutive years imported through the File
 * menu, thirty rows reviewed across four panes side by side on a 1600×1000 window (two statements of one target
 * that disagree verified both, and a stretch target), then an export with "catalog only" and "verified only".
 * The workbook has no empty Panel column, every Panel figure links to its source, the disagreement is marked
 * with both statements listed, and the stretch target is in its own column.
 */
class BriefingDayFlowTest {
    private static final String[] CITIES = {"长沙市", "南京市", "武汉市", "成都市"};
    private static final int REVIEWS = 30;

    @TempDir
    Path tmp;

    @Test
    void twentyReportsReviewedInFourPanesExportAsABriefing() throws Exception {
        Path corpus = Path.of(System.getProperty("zhibiao.shared", "../shared"), "corpus/reports-multiyear/city");
        assumeTrue(Files.isDirectory(corpus), "shared corpus absent: " + corpus);
        Path reports = Files.createDirectories(tmp.resolve("reports"));
        for (String city : CITIES) {
            for (int year = 2021; year <= 2025; year++) {
                Files.copy(corpus.resolve(city).resolve(year + ".md"), reports.resolve(city + "-" + year + ".md"));
            }
        }
        WorkbenchRobot robot = new WorkbenchRobot(tmp);
        robot.start();
        try {
            Stage stage = (Stage) robot.window().getScene().getWindow();
            robot.interact(() -> {
                stage.setX(0);
                stage.setY(0);
                stage.setWidth(1600);
                stage.setHeight(1000);
            });

            robot.window().setFileSource(new FixedFiles(List.of(reports), null));
            robot.clickOn("File").clickOn("Import folder…");
            WorkbenchRobot.waitUntil(120, () -> robot.window().corpus().documents().size() >= 23);
            WorkbenchRobot.waitUntil(30, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
            String summary = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText();
            assertTrue(summary.contains("Imported 20"), summary);
            robot.clickOn("OK");

            List<DocumentPaneView> panes = new ArrayList<>();
            for (String name : List.of("长沙市-2021.md", "南京市-2024.md", "武汉市-2024.md", "成都市-2025.md")) {
                panes.add(robot.openFromTree(name));
            }
            for (DocumentPaneView pane : panes) {
                assertInsideTheWindow(robot, pane.table(), stage);
            }

            int reviewed = 0;
            // two statements of 长沙's 2021 trade target, 15% and 18%: verified both, they disagree
            DocumentPaneView changsha = panes.get(0);
            List<StoredIndicator> trade = changsha.model().indicators().stream()
                    .filter(i -> "TRADE".equals(i.value().code()) && i.value().year() != null
                            && i.value().year() == 2021 && i.value().kind() == io.zhibiao.core.model.ValueKind.TARGET)
                    .toList();
            assertTrue(trade.stream().map(i -> i.value().value()).distinct().count() >= 2,
                    "two trade targets that disagree: " + trade);
            for (StoredIndicator row : trade) {
                verify(robot, changsha, row);
                reviewed++;
            }
            StoredIndicator stretch = panes.stream().flatMap(p -> p.model().indicators().stream())
                    .filter(i -> i.value().code() != null && List.of("GDP", "IND_VA", "FAI", "RETAIL", "FISCAL_REV", "TRADE").contains(i.value().code())
                            && i.value().stretch() && i.value().isRegionYearFigure()
                            && i.value().kind() == io.zhibiao.core.model.ValueKind.TARGET)
                    .findFirst().orElseThrow(() -> new AssertionError("a stretch target in the four reports"));
            DocumentPaneView stretchPane = panes.stream()
                    .filter(p -> p.model().indicators().contains(stretch)).findFirst().orElseThrow();
            verify(robot, stretchPane, stretch);
            reviewed++;

            // the rest with the keyboard, pane by pane: J to the next row, V to verify, every fifth X to reject
            for (int k = 0; reviewed < REVIEWS; k++) {
                DocumentPaneView pane = panes.get(k % panes.size());
                robot.clickOn(pane.table());
                robot.type(KeyCode.J);
                StoredIndicator row = pane.model().selectedProperty().get();
                assertNotNull(row, "J selects a row");
                if (row.status() != ReviewStatus.UNREVIEWED) {
                    continue;
                }
                boolean reject = reviewed % 5 == 4;
                robot.type(reject ? KeyCode.X : KeyCode.V);
                ReviewStatus expected = reject ? ReviewStatus.REJECTED : ReviewStatus.VERIFIED;
                WorkbenchRobot.waitUntil(10, () -> statusOf(pane, row.id()) == expected);
                reviewed++;
            }

            Path out = tmp.resolve("out/briefing.xlsx");
            Files.createDirectories(out.getParent());
            robot.window().setFileSource(new FixedFiles(List.of(), out));
            robot.clickOn("File").clickOn("Export to Excel…");
            robot.clickOn("The whole store");
            robot.clickOn("#export-catalog-only");
            robot.clickOn("#export-verified-only");
            robot.clickOn("OK");
            WorkbenchRobot.waitUntil(120, () -> robot.lookup("Open the file").tryQuery().isPresent());
            robot.clickOn("Close");

            try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Sheet panel = wb.getSheet("Panel");
                assertNotNull(panel, "a Panel sheet");
                List<String> headers = new ArrayList<>();
                panel.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
                int firstFigure = headers.indexOf("Region code") + 1;
                assertTrue(firstFigure > 0, headers.toString());
                int figures = 0;
                int marked = 0;
                boolean tradeConflictShown = false;
                for (int column = 0; column < headers.size(); column++) {
                    boolean any = false;
                    for (Row r : panel) {
                        if (r.getRowNum() == 0) {
                            continue;
                        }
                        Cell c = r.getCell(column);
                        if (c == null || c.getCellType() == CellType.BLANK) {
                            continue;
                        }
                        any = true;
                        if (column < firstFigure) {
                            continue;
                        }
                        figures++;
                        assertNotNull(c.getHyperlink(), "a Panel figure without its source: " + c.getAddress());
                        String note = c.getCellComment() == null ? "" : c.getCellComment().getString().getString();
                        boolean orange = c.getCellStyle().getFillForegroundColor() == IndexedColors.LIGHT_ORANGE.getIndex();
                        if (orange) {
                            marked++;
                            assertTrue(note.startsWith("The statements disagree"), c.getAddress() + ": " + note);
                        }
                        if ("430100".equals(text(r.getCell(headers.indexOf("Region code"))))
                                && headers.get(column).equals("2021 target") && note.contains("15%")
                                && note.contains("18%")) {
                            tradeConflictShown = orange;
                        }
                    }
                    assertTrue(any, "an empty Panel column: " + headers.get(column));
                }
                assertTrue(figures > 0, "figures in the Panel");
                assertTrue(tradeConflictShown, "长沙's two trade targets are marked as disagreeing");
                assertTrue(marked >= 1);
                assertTrue(headers.stream().anyMatch(h -> h.endsWith("stretch target")),
                        "the verified stretch target has its column: " + headers);
                assertNotNull(wb.getSheet("Target table"));
            }
        } finally {
            robot.stop();
        }
    }

    private static void verify(WorkbenchRobot robot, DocumentPaneView pane, StoredIndicator row) throws Exception {
        robot.interact(() -> {
            pane.table().getSelectionModel().select(row);
            pane.table().scrollTo(row);
            pane.table().requestFocus();
        });
        robot.type(KeyCode.V);
        WorkbenchRobot.waitUntil(10, () -> statusOf(pane, row.id()) == ReviewStatus.VERIFIED);
    }

    private static ReviewStatus statusOf(DocumentPaneView pane, long id) {
        return pane.model().indicators().stream().filter(i -> i.id() == id).map(StoredIndicator::status)
                .findFirst().orElse(null);
    }

    private static void assertInsideTheWindow(WorkbenchRobot robot, Node node, Stage stage) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        assertTrue(b.getMaxX() <= stage.getX() + stage.getWidth() + 1, "a pane reaches past the window: " + b);
    }

    private static String text(Cell c) {
        if (c == null) {
            return "";
        }
        return c.getCellType() == CellType.NUMERIC ? String.valueOf((long) c.getNumericCellValue())
                : Objects.toString(c.getStringCellValue(), "");
    }
}
