package io.zhibiao.ui;

import io.zhibiao.core.review.IndicatorField;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.testing.SampleReports;
import io.zhibiao.ui.document.DocumentPaneView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A change the pane did not hear of (a colleague's session, as a work import or a team store's notice still on
 * its way): the analyst, still looking at the old version, rejects the row. The rejection is refused, the merge
 * dialog shows both versions, and picking "mine" for the status writes a row with their value and this
 * analyst's verdict.
 */
class MergeRefusedChangeFlowTest {
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
    void aRefusedVerdictOpensTheMergeAndMineForTheStatusIsWritten() throws Exception {
        DocumentPaneView pane = robot.openFromTree(SampleReports.HONGHU_2024);
        StoredIndicator row = pane.model().indicators().stream().filter(i -> i.value().value() != null)
                .findFirst().orElseThrow();
        robot.interact(() -> pane.model().selectedProperty().set(row));
        double theirValue = row.value().value() + 1;

        new ReviewService(robot.app().store(), "王芳").correct(row.id(), IndicatorField.VALUE, theirValue);
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
        return robot.app().store().indicators().findById(id).orElseThrow();
    }
}
