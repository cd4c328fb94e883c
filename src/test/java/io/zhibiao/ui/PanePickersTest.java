package io.zhibiao.ui;

import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.testing.SampleReports;
import io.zhibiao.ui.document.DocumentPaneView;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The region and year pickers of every open pane keep showing their report while the analyst reviews. */
class PanePickersTest {
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
    void aVerdictInOnePaneLeavesThePickersOfAllPanesShowingTheirReports() throws Exception {
        DocumentPaneView left = robot.openFromTree(SampleReports.XIANNING_2023);
        DocumentPaneView right = robot.openFromTree(SampleReports.HONGHU_2024);
        String leftRegion = shown(left.regionSelector());
        String rightRegion = shown(right.regionSelector());
        assertEquals("2023", shown(left.yearSelector()));
        assertEquals("2024", shown(right.yearSelector()));

        robot.clickOn(right.table());
        robot.type(KeyCode.J);
        long id = right.model().selectedProperty().get().id();
        robot.type(KeyCode.V);
        WorkbenchRobot.waitUntil(10, () -> right.model().indicators().stream()
                .anyMatch(i -> i.id() == id && i.status() == ReviewStatus.VERIFIED));
        // the corpus tree's counts are re-read after the verdict; the pickers must survive that too
        WorkbenchRobot.waitUntil(10, () -> robot.window().corpus().documents().stream()
                .anyMatch(d -> d.id() == robot.documentId(SampleReports.HONGHU_2024) && d.reviewedCount() == 1));

        assertEquals(leftRegion, shown(left.regionSelector()));
        assertEquals("2023", shown(left.yearSelector()));
        assertEquals(rightRegion, shown(right.regionSelector()));
        assertEquals("2024", shown(right.yearSelector()));
    }

    @Test
    void reportsAreTitledByRegionYearAndKindWithTheFileNameInTheTooltip() throws Exception {
        DocumentPaneView pane = robot.openFromTree(SampleReports.HONGHU_2024);
        assertEquals("洪湖市 2024 work report", pane.model().subtitleProperty().get());
        javafx.scene.control.TreeCell<?> cell = robot.lookup(".tree-cell").match((javafx.scene.control.TreeCell<?> c) ->
                "洪湖市 2024 work report".equals(c.getText())).query();
        assertEquals(true, cell.getTooltip().getText().contains(SampleReports.HONGHU_2024), cell.getTooltip().getText());
    }

    @Test
    void aSearchHitInAReportAlreadyOpenJumpsToThePassageInItsPane() throws Exception {
        DocumentPaneView pane = robot.openFromTree(SampleReports.XIANNING_2023);
        String phrase = "地区生产总值增长7.5%";
        int offset = pane.model().textProperty().get().indexOf(phrase);
        // what the search tab does with a hit (SearchViewTest: Enter on a hit asks for its document at its offset)
        robot.interact(() -> robot.window().panes().openAt(robot.documentId(SampleReports.XIANNING_2023), offset,
                phrase.length()));
        WorkbenchRobot.waitUntil(5, () -> true);
        assertEquals(1, robot.window().panes().panes().size(), "no second pane of the same report");
        assertEquals(offset, pane.textArea().getSelection().getStart());
        assertEquals(offset + phrase.length(), pane.textArea().getSelection().getEnd());
    }

    /** What the picker's closed button shows the analyst, not only its value. */
    private String shown(ComboBox<?> box) throws Exception {
        String[] text = new String[1];
        robot.interact(() -> {
            Object value = box.getValue();
            ListCell<?> cell = box.lookup(".list-cell") instanceof ListCell<?> c ? c : null;
            String cellText = cell != null ? cell.getText() : null;
            text[0] = value == null ? null : (cellText != null && !cellText.isEmpty() ? cellText : null);
        });
        return text[0];
    }
}
