package io.zhibiao.ui;

import io.zhibiao.core.model.Basis;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.testing.SampleReports;
import io.zhibiao.ui.document.DocumentPaneView;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analyst sees what a row refers to where it is not the region's own figure of a year (贷款净增186亿元 is
 * an increment), and "Doubtful first" puts the rows the engine is least sure of at the top.
 */
class PaneReferenceTest {
    @TempDir
    Path tmp;

    @Test
    void aRowThatIsNotTheYearsFigureSaysSoAndDoubtfulRowsComeFirst() throws Exception {
        WorkbenchRobot robot = new WorkbenchRobot(tmp);
        robot.start();
        try {
            DocumentPaneView pane = robot.openFromTree(SampleReports.XIANNING_2023);
            WorkbenchRobot.waitUntil(20, () -> !pane.model().indicators().isEmpty());
            TableColumn<StoredIndicator, ?> reference = column(pane, "reference");
            assertNotNull(reference, "the Refers to column is shown from the start");

            StoredIndicator loans = pane.table().getItems().stream()
                    .filter(i -> "LOANS".equals(i.value().code()) && i.value().basis() == Basis.INCREMENT)
                    .findFirst().orElseThrow();
            Object said = reference.getCellData(loans);
            assertNotNull(said, "an increment says so");
            StoredIndicator gdp = pane.table().getItems().stream()
                    .filter(i -> "GDP".equals(i.value().code()) && i.value().isRegionYearFigure())
                    .findFirst().orElseThrow();
            assertNull(reference.getCellData(gdp), "the region's own figure of a year needs no word");

            robot.clickOn(robot.lookup(".doubtful-first").queryAs(Node.class));
            WorkbenchRobot.waitUntil(5, () -> {
                List<StoredIndicator> rows = List.copyOf(pane.table().getItems());
                long lowest = rows.stream().map(i -> Math.round(i.value().confidence() * 100))
                        .min(Comparator.naturalOrder()).orElseThrow();
                return Math.round(rows.get(0).value().confidence() * 100) == lowest;
            });
            List<StoredIndicator> rows = List.copyOf(pane.table().getItems());
            for (int i = 1; i < rows.size(); i++) {
                assertTrue(Math.round(rows.get(i - 1).value().confidence() * 100)
                        <= Math.round(rows.get(i).value().confidence() * 100), "sorted by confidence at row " + i);
            }

            robot.clickOn(robot.lookup(".doubtful-first").queryAs(Node.class));
            WorkbenchRobot.waitUntil(5, () -> pane.table().getSortOrder().isEmpty());
            assertEquals(pane.model().visibleIndicators().get(0), pane.table().getItems().get(0),
                    "back in the order of the text");
        } finally {
            robot.stop();
        }
    }

    @SuppressWarnings("unchecked")
    private static TableColumn<StoredIndicator, ?> column(DocumentPaneView pane, String key) {
        return (TableColumn<StoredIndicator, ?>) pane.table().getVisibleLeafColumns().stream()
                .filter(c -> key.equals(c.getUserData())).findFirst().orElse(null);
    }
}
