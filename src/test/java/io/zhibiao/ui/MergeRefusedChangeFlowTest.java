package io.zhibiao.ui;

import io.zhibiao.core.importer.ImportListener;
import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.review.IndicatorField;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoreAddress;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.testing.SampleReports;
import io.zhibiao.testing.TeamServer;
import io.zhibiao.ui.document.DocumentPaneView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two analysts on one team store: another client corrects the value of the indicator the workbench shows, then
 * the analyst at the workbench, still looking at the old version, rejects it. The rejection is refused, the merge
 * dialog shows both versions, and picking "mine" for the status writes a row with their value and this analyst's
 * verdict.
 */
class MergeRefusedChangeFlowTest {
    @TempDir
    Path tmp;
    private Store other;
    private WorkbenchRobot robot;

    @BeforeAll
    static void server() {
        TeamServer.assumeAvailable();
    }

    @AfterEach
    void stop() throws Exception {
        if (robot != null) {
            robot.stop();
        }
        if (other != null) {
            other.close();
        }
        System.clearProperty(StoreAddress.TEAM_FOLDER_PROPERTY);
    }

    @Test
    void aRefusedVerdictOpensTheMergeAndMineForTheStatusIsWritten() throws Exception {
        String url = TeamServer.newDatabase();
        other = TeamServer.openNewStoreAt(url, tmp.resolve("other"));
        ImportService.withBundledData(other).importPaths(List.of(SampleReports.DIR), ImportListener.NONE, () -> false);
        System.setProperty(StoreAddress.TEAM_FOLDER_PROPERTY, tmp.resolve("workbench").toString());
        robot = new WorkbenchRobot(url);
        robot.start();
        DocumentPaneView pane = robot.openFromTree(SampleReports.HONGHU_2024);
        StoredIndicator row = pane.model().indicators().stream().filter(i -> i.value().value() != null)
                .findFirst().orElseThrow();
        robot.interact(() -> pane.model().selectedProperty().set(row));
        double theirValue = row.value().value() + 1;

        new ReviewService(other, "王芳").correct(row.id(), IndicatorField.VALUE, theirValue);
        robot.clickOn(pane.table());
        robot.interact(() -> pane.model().selectedProperty().set(row));
        robot.type(KeyCode.X);

        WorkbenchRobot.waitUntil(20, () -> robot.lookup("#merge-mine-status").tryQuery().isPresent());
        assertTrue(pane.model().review().errorProperty().get().contains("王芳"),
                "the pane says who changed the row: " + pane.model().review().errorProperty().get());
        assertEquals(ReviewStatus.CORRECTED, stored(row.id()).status(), "the refused verdict wrote nothing");
        assertTrue(robot.lookup("#merge-mine-value").tryQuery().isPresent(), "the value differs too");

        robot.clickOn("#merge-mine-status");
        robot.clickOn("#merge-write");

        WorkbenchRobot.waitUntil(20, () -> stored(row.id()).status() == ReviewStatus.REJECTED);
        assertEquals(theirValue, stored(row.id()).value().value(), "their value, not picked as mine, stays");
        WorkbenchRobot.waitUntil(20, () -> pane.model().indicators().stream()
                .anyMatch(i -> i.id() == row.id() && i.status() == ReviewStatus.REJECTED));
        assertEquals("", pane.model().review().errorProperty().get());
    }

    private StoredIndicator stored(long id) {
        return other.indicators().findById(id).orElseThrow();
    }
}
