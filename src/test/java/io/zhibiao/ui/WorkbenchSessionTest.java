package io.zhibiao.ui;

import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.testing.SampleReports;
import io.zhibiao.ui.document.DocumentPaneView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.ref.WeakReference;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Panes side by side, import through the menu, and a restart that brings everything back. */
class WorkbenchSessionTest {
    @TempDir
    Path tmp;

    @Test
    void twoPanesSideBySideEachPickingItsRegionAndYear() throws Exception {
        WorkbenchRobot robot = new WorkbenchRobot(tmp);
        robot.start();
        try {
            DocumentPaneView left = robot.openFromTree(SampleReports.XIANNING_2023);
            DocumentPaneView right = robot.openFromTree(SampleReports.XIANNING_2023);
            assertEquals(2, robot.window().panes().panes().size());

            // The right pane switches to the next year of the same region with its year picker...
            robot.clickOn(right.yearSelector());
            WorkbenchRobot.waitUntil(5, () -> robot.lookup(".list-cell").match(
                    (javafx.scene.control.ListCell<?> c) -> "2024".equals(c.getText())).tryQuery().isPresent());
            robot.clickOn(robot.lookup(".list-cell").match(
                    (javafx.scene.control.ListCell<?> c) -> "2024".equals(c.getText())).queryAs(javafx.scene.Node.class));
            WorkbenchRobot.waitUntil(20, () -> right.model().documentIdProperty().get()
                    == robot.documentId(SampleReports.XIANNING_2024_SUMMARY));
            // ...and then to another region: 洪湖市 has only 2024.
            robot.interact(() -> right.regionSelector().setValue("421083"));
            WorkbenchRobot.waitUntil(20, () -> right.model().documentIdProperty().get()
                    == robot.documentId(SampleReports.HONGHU_2024));
            assertEquals(2024, right.model().yearProperty().get());
            assertEquals(robot.documentId(SampleReports.XIANNING_2023), left.model().documentIdProperty().get());

            robot.clickOn(right.moveLeftButton());
            assertEquals(List.of(robot.documentId(SampleReports.HONGHU_2024), robot.documentId(SampleReports.XIANNING_2023)),
                    robot.window().panes().documentIds());
        } finally {
            robot.stop();
        }
    }

    @Test
    void closedPanesDoNotPileUpInMemory() throws Exception {
        WorkbenchRobot robot = new WorkbenchRobot(tmp);
        robot.start();
        try {
            List<WeakReference<?>> closed = openAndCloseOneAfterAnother(robot, 4);
            assertTrue(robot.window().panes().panes().isEmpty());
            // An analyst opens and closes hundreds of panes in a session: each closed one (its report text,
            // indicators and a few thousand objects of nodes) must go. One may stay a while: the renderer
            // holds on to the nodes it drew last until it draws something else.
            WorkbenchRobot.waitUntil(20, () -> {
                System.gc();
                robot.interact(() -> { });
                return closed.stream().filter(r -> r.get() != null).count() <= 1;
            });
        } finally {
            robot.stop();
        }
    }

    /**
     * The panes' view models, weakly: no strong reference may stay in the test's own frame. Closed by the
     * menu's action rather than by clicks on the panes: TestFX keeps every event fired in the window, and
     * with it the event's target.
     */
    private static List<WeakReference<?>> openAndCloseOneAfterAnother(WorkbenchRobot robot, int panes) throws Exception {
        List<String> reports = List.of(SampleReports.XIANNING_2023, SampleReports.HONGHU_2024,
                SampleReports.XIANNING_2024_SUMMARY);
        List<WeakReference<?>> models = new ArrayList<>();
        for (int i = 0; i < panes; i++) {
            DocumentPaneView pane = robot.openFromTree(reports.get(i % reports.size()));
            WorkbenchRobot.waitUntil(20, () -> !pane.model().indicators().isEmpty());
            models.add(new WeakReference<>(pane.model()));
            robot.interact(() -> robot.window().panes().closeAll());
        }
        return models;
    }

    @Test
    void aColumnShownInOnePaneShowsInEveryPaneAndAfterARestart() throws Exception {
        WorkbenchRobot robot = new WorkbenchRobot(tmp);
        robot.start();
        try {
            DocumentPaneView left = robot.openFromTree(SampleReports.XIANNING_2023);
            DocumentPaneView right = robot.openFromTree(SampleReports.HONGHU_2024);
            assertFalse(codeColumnShown(left), "the catalog code starts hidden, a click away");
            assertFalse(codeColumnShown(right));

            robot.clickOn(left.table().lookup(".show-hide-columns-button"));
            robot.clickOn("Code");
            WorkbenchRobot.waitUntil(5, () -> codeColumnShown(left) && codeColumnShown(right));
            robot.type(KeyCode.ESCAPE);
        } finally {
            robot.stop();
        }

        WorkbenchRobot again = new WorkbenchRobot(tmp);
        again.start();
        try {
            WorkbenchRobot.waitUntil(20, () -> again.window().panes().panes().size() == 2);
            assertTrue(again.window().panes().panes().stream().allMatch(WorkbenchSessionTest::codeColumnShown));
            assertTrue(codeColumnShown(again.openFromTree(SampleReports.XIANNING_2024_SUMMARY)));
        } finally {
            again.stop();
        }
    }

    private static boolean codeColumnShown(DocumentPaneView pane) {
        return pane.table().getVisibleLeafColumns().stream().anyMatch(c -> "code".equals(c.getUserData()));
    }

    @Test
    void importAGb18030ReportThroughTheFileMenu() throws Exception {
        Path gbk = tmp.resolve("in/红安县2024年政府工作报告.txt");
        Files.createDirectories(gbk.getParent());
        Files.writeString(gbk, "红安县2024年政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作。"
                + "2023年全县地区生产总值增长6.5%。2024年主要预期目标:地区生产总值增长7%左右。", Charset.forName("GB18030"));
        WorkbenchRobot robot = new WorkbenchRobot(tmp);
        robot.start();
        try {
            robot.window().setFileSource(new FixedFiles(List.of(gbk), null));
            robot.clickOn("File").clickOn("Import files…");
            WorkbenchRobot.waitUntil(30, () -> robot.window().corpus().documents().size() == 4);
            WorkbenchRobot.waitUntil(10, () -> robot.lookup("Imported 1, duplicates 0, failed 0.").tryQuery().isPresent());
            robot.type(KeyCode.ENTER);
            var doc = robot.window().corpus().documents().stream().filter(d -> d.fileName().startsWith("红安县"))
                    .findFirst().orElseThrow();
            assertEquals("421122", doc.effectiveRegionCode());
            assertEquals("GB18030", doc.encoding());
        } finally {
            robot.stop();
        }
    }

    @Test
    void restartFindsPanesAndReviewWorkAsTheyWereLeft() throws Exception {
        WorkbenchRobot robot = new WorkbenchRobot(tmp);
        robot.start();
        long verified;
        List<Long> panes;
        try {
            robot.openFromTree(SampleReports.XIANNING_2023);
            DocumentPaneView pane = robot.openFromTree(SampleReports.HONGHU_2024);
            robot.clickOn(pane.table());
            robot.type(KeyCode.J);
            verified = pane.model().selectedProperty().get().id();
            robot.type(KeyCode.V);
            WorkbenchRobot.waitUntil(10, () -> pane.model().indicators().stream()
                    .anyMatch(i -> i.id() == verified && i.status() == ReviewStatus.VERIFIED));
            panes = robot.window().panes().documentIds();
        } finally {
            robot.stop();
        }

        WorkbenchRobot again = new WorkbenchRobot(tmp);
        again.start();
        try {
            WorkbenchRobot.waitUntil(20, () -> again.window().panes().documentIds().equals(panes));
            DocumentPaneView pane = again.window().panes().panes().get(1);
            again.waitLoaded(pane);
            assertTrue(pane.model().indicators().stream()
                    .anyMatch(i -> i.id() == verified && i.status() == ReviewStatus.VERIFIED));
            assertEquals(3, again.window().corpus().documents().size(), "the samples are not loaded twice");
        } finally {
            again.stop();
        }
    }
}
