package io.zhibiao.ui;

import io.zhibiao.core.corpusview.CorpusNode;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.testing.SampleReports;
import io.zhibiao.ui.document.DocumentPaneView;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An analyst deletes two reports in the corpus tree: the confirmation names the work in them, they leave
 * the tree, their pane and the next export; Ctrl+Z brings them back with their verdicts.
 */
class DeleteReportsFlowTest {
    @TempDir
    Path tmp;

    @Test
    void twoReportsDeletedFromTheTreeAreGoneUntilUndoBringsThemBackWithTheirVerdicts() throws Exception {
        WorkbenchRobot robot = new WorkbenchRobot(tmp);
        robot.start();
        try {
            DocumentPaneView pane = robot.openFromTree(SampleReports.XIANNING_2023);
            robot.clickOn(pane.table()).type(KeyCode.J).type(KeyCode.V);
            StoredIndicator verified = pane.model().selectedProperty().get();
            WorkbenchRobot.waitUntil(10, () -> pane.model().indicators().stream()
                    .anyMatch(i -> i.id() == verified.id() && i.status() == ReviewStatus.VERIFIED));
            long xianning = robot.documentId(SampleReports.XIANNING_2023);
            long honghu = robot.documentId(SampleReports.HONGHU_2024);

            TreeView<CorpusNode> tree = robot.window().corpusView().tree();
            robot.interact(() -> {
                tree.getSelectionModel().clearSelection();
                tree.getSelectionModel().select(item(tree.getRoot(), xianning));
                tree.getSelectionModel().select(item(tree.getRoot(), honghu));
                tree.requestFocus();
            });
            robot.type(KeyCode.DELETE);
            WorkbenchRobot.waitUntil(20, () -> robot.lookup("#delete-confirmation").tryQuery().isPresent());
            String question = robot.lookup("#delete-confirmation .content").queryAs(Label.class).getText();
            assertTrue(question.startsWith("Delete 2 reports?"), question);
            assertTrue(question.contains("1 verified, 0 corrected, 0 rejected and 0 tagged rows"), question);
            robot.clickOn("Delete");

            WorkbenchRobot.waitUntil(20, () -> robot.window().corpus().documents().size() == 1
                    && robot.window().panes().panes().isEmpty());
            assertEquals(null, item(tree.getRoot(), xianning));
            assertEquals(null, item(tree.getRoot(), honghu));

            Path out = tmp.resolve("out/after-delete.xlsx");
            assertEquals(Set.of(robot.documentId(SampleReports.XIANNING_2024_SUMMARY)), exportedDocuments(robot, out));

            robot.clickOn(tree);
            robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
            WorkbenchRobot.waitUntil(20, () -> robot.window().corpus().documents().size() == 3);
            assertTrue(item(tree.getRoot(), xianning) != null && item(tree.getRoot(), honghu) != null);
            DocumentPaneView again = robot.openFromTree(SampleReports.XIANNING_2023);
            assertTrue(again.model().indicators().stream()
                    .anyMatch(i -> i.id() == verified.id() && i.status() == ReviewStatus.VERIFIED), "the verdict is back");
            assertEquals(3, exportedDocuments(robot, tmp.resolve("out/after-undo.xlsx")).size());
        } finally {
            robot.stop();
        }
    }

    @Test
    void theContextMenuDeletesOnlyWhenConfirmed() throws Exception {
        WorkbenchRobot robot = new WorkbenchRobot(tmp);
        robot.start();
        try {
            long honghu = robot.documentId(SampleReports.HONGHU_2024);
            robot.showReportContextMenu(honghu);
            robot.clickOn("Delete…");
            WorkbenchRobot.waitUntil(20, () -> robot.lookup("#delete-confirmation").tryQuery().isPresent());
            assertTrue(robot.lookup("#delete-confirmation .content").queryAs(Label.class).getText()
                    .contains("No review work in them."));
            robot.clickOn("Keep them");
            WorkbenchRobot.waitUntil(5, () -> robot.lookup("#delete-confirmation").tryQuery().isEmpty());
            assertEquals(3, robot.window().corpus().documents().size());

            // the context menu again, confirmed this time: only this report goes
            robot.showReportContextMenu(honghu);
            robot.clickOn("Delete…");
            WorkbenchRobot.waitUntil(20, () -> robot.lookup("#delete-confirmation").tryQuery().isPresent());
            robot.clickOn("Delete");
            WorkbenchRobot.waitUntil(20, () -> robot.window().corpus().documents().size() == 2);
            assertFalse(robot.window().corpus().documents().stream().anyMatch(d -> d.id() == honghu));
        } finally {
            robot.stop();
        }
    }

    @Test
    void reportsAllDeletedStayDeletedAfterARestartAndTheSamplesDoNotComeBack() throws Exception {
        WorkbenchRobot robot = new WorkbenchRobot(tmp);
        robot.start();
        try {
            TreeView<CorpusNode> tree = robot.window().corpusView().tree();
            robot.interact(() -> {
                tree.getSelectionModel().clearSelection();
                tree.getRoot().getChildren().forEach(c -> tree.getSelectionModel().select(c));
                tree.requestFocus();
            });
            robot.type(KeyCode.DELETE);
            WorkbenchRobot.waitUntil(20, () -> robot.lookup("#delete-confirmation").tryQuery().isPresent());
            assertTrue(robot.lookup("#delete-confirmation .content").queryAs(Label.class).getText()
                    .startsWith("Delete 3 reports?"));
            robot.clickOn("Delete");
            WorkbenchRobot.waitUntil(20, () -> robot.window().corpus().documents().isEmpty());
        } finally {
            robot.stop();
        }
        WorkbenchRobot again = new WorkbenchRobot(tmp);
        again.start(() -> again.app().firstRun() != null
                && again.app().firstRun().step().startsWith("samples not imported"));
        try {
            assertTrue(again.window().corpus().documents().isEmpty(), "the deleted samples are not imported again");
        } finally {
            again.stop();
        }
    }

    @Test
    void afterARestartTheDeletedReportsDialogRestoresOneWithItsVerdictAndEmptiesTheTrash() throws Exception {
        WorkbenchRobot robot = new WorkbenchRobot(tmp);
        robot.start();
        long xianning;
        long honghu;
        StoredIndicator verified;
        try {
            DocumentPaneView pane = robot.openFromTree(SampleReports.XIANNING_2023);
            robot.clickOn(pane.table()).type(KeyCode.J).type(KeyCode.V);
            verified = pane.model().selectedProperty().get();
            WorkbenchRobot.waitUntil(10, () -> pane.model().indicators().stream()
                    .anyMatch(i -> i.id() == verified.id() && i.status() == ReviewStatus.VERIFIED));
            xianning = robot.documentId(SampleReports.XIANNING_2023);
            honghu = robot.documentId(SampleReports.HONGHU_2024);
            TreeView<CorpusNode> tree = robot.window().corpusView().tree();
            robot.interact(() -> {
                tree.getSelectionModel().clearSelection();
                tree.getSelectionModel().select(item(tree.getRoot(), xianning));
                tree.getSelectionModel().select(item(tree.getRoot(), honghu));
                tree.requestFocus();
            });
            robot.type(KeyCode.DELETE);
            WorkbenchRobot.waitUntil(20, () -> robot.lookup("#delete-confirmation").tryQuery().isPresent());
            robot.clickOn("Delete");
            WorkbenchRobot.waitUntil(20, () -> robot.window().corpus().documents().size() == 1);
        } finally {
            robot.stop();
        }

        WorkbenchRobot again = new WorkbenchRobot(tmp);
        again.start(() -> again.window().corpus().documents().size() == 1);
        try {
            again.clickOn("File").clickOn("Deleted reports…");
            WorkbenchRobot.waitUntil(20, () -> again.lookup("#trash-list").tryQuery().isPresent());
            @SuppressWarnings("unchecked")
            javafx.scene.control.ListView<io.zhibiao.core.store.DocumentSummary> list =
                    again.lookup("#trash-list").queryAs(javafx.scene.control.ListView.class);
            assertEquals(Set.of(xianning, honghu), list.getItems().stream().map(d -> d.id()).collect(
                    java.util.stream.Collectors.toSet()));
            again.interact(() -> list.getItems().stream().filter(d -> d.id() == xianning).findFirst()
                    .ifPresent(d -> list.getSelectionModel().select(d)));
            again.clickOn("Restore");
            WorkbenchRobot.waitUntil(20, () -> again.window().corpus().documents().size() == 2);
            DocumentPaneView pane = again.openFromTree(SampleReports.XIANNING_2023);
            assertTrue(pane.model().indicators().stream()
                    .anyMatch(i -> i.id() == verified.id() && i.status() == ReviewStatus.VERIFIED), "the verdict is back");

            again.clickOn("File").clickOn("Deleted reports…");
            WorkbenchRobot.waitUntil(20, () -> again.lookup("#trash-list").tryQuery().isPresent());
            again.clickOn("Empty the trash…");
            WorkbenchRobot.waitUntil(20, () -> again.lookup("#purge-confirmation").tryQuery().isPresent());
            assertTrue(again.lookup("#purge-confirmation .content").queryAs(Label.class).getText()
                    .startsWith("Remove the 1 reports in the trash for good?"));
            again.clickOn("Remove for good");
            again.clickOn("File").clickOn("Deleted reports…");
            WorkbenchRobot.waitUntil(20, () -> again.lookup("The trash is empty.").tryQuery().isPresent());
            again.clickOn("Close");
            assertEquals(2, again.window().corpus().documents().size());
        } finally {
            again.stop();
        }
    }

    /** Exports the whole store from the File menu and reads back which documents the Sources sheet lists. */
    static Set<Long> exportedDocuments(WorkbenchRobot robot, Path out) throws Exception {
        Files.createDirectories(out.getParent());
        robot.window().setFileSource(new FixedFiles(List.of(), out));
        robot.clickOn("File").clickOn("Export to Excel…");
        robot.clickOn("The whole store");
        robot.clickOn("OK");
        WorkbenchRobot.waitUntil(60, () -> robot.lookup("Open the file").tryQuery().isPresent());
        robot.clickOn("Close");
        Set<Long> ids = new HashSet<>();
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sources = wb.getSheet("Sources");
            for (Row r : sources) {
                if (r.getRowNum() > 0) {
                    ids.add((long) r.getCell(0).getNumericCellValue());
                }
            }
        }
        return ids;
    }

    private static TreeItem<CorpusNode> item(TreeItem<CorpusNode> item, long id) {
        if (item.getValue().isDocument() && item.getValue().documentId() == id) {
            return item;
        }
        for (var c : item.getChildren()) {
            var f = item(c, id);
            if (f != null) {
                return f;
            }
        }
        return null;
    }
}
