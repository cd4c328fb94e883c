package io.zhibiao.ui;

import io.zhibiao.core.corpusview.CorpusNode;
import io.zhibiao.core.model.SecondReviewRow;
import io.zhibiao.core.model.Verdict;
import io.zhibiao.core.review.IndicatorField;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.testing.SampleReports;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A lead assigns a report to zhang.min from the corpus tree and marks it for second review; zhang.min reviews
 * it; the workbench's analyst reviews it a second time in Team ▸ Second review without seeing zhang.min's
 * verdicts; Team ▸ Agreement and adjudication shows kappa, and taking the second review settles a row.
 */
class SecondReviewFlowTest {
    @TempDir
    Path tmp;

    @Test
    void assignReviewTwiceSeeAgreementAndAdjudicateOne() throws Exception {
        WorkbenchRobot robot = new WorkbenchRobot(tmp);
        robot.start();
        try {
            long honghu = robot.documentId(SampleReports.HONGHU_2024);
            TreeView<CorpusNode> tree = robot.window().corpusView().tree();
            robot.showReportContextMenu(honghu);
            robot.clickOn("Assign to…");
            WorkbenchRobot.waitUntil(10, () -> robot.lookup("#assign-dialog .text-field").tryQuery().isPresent());
            robot.clickOn("#assign-dialog .text-field").write("zhang.min").type(KeyCode.ENTER);
            List<StoredIndicator> rows;
            try (Store store = Store.open(robot.db())) {
                WorkbenchRobot.waitUntil(10, () -> io.zhibiao.core.store.TeamDao.of(store).assignment(honghu).isPresent());
                rows = store.indicators().findByDocument(honghu).subList(0, 3);
                ReviewService first = new ReviewService(store, "zhang.min");
                first.verify(rows.get(0).id());
                first.correct(rows.get(1).id(), IndicatorField.VALUE, rows.get(1).value().value() + 1);
                first.reject(rows.get(2).id());
            }
            robot.clickOn("#menu-team").clickOn("My documents");
            WorkbenchRobot.waitUntil(10, () -> tree.getRoot().getChildren().isEmpty());
            robot.clickOn("#menu-team").clickOn("My documents");
            WorkbenchRobot.waitUntil(10, () -> !tree.getRoot().getChildren().isEmpty());

            robot.showReportContextMenu(honghu);
            robot.clickOn("Mark for second review…");
            WorkbenchRobot.waitUntil(10, () -> robot.lookup("#mark-second-dialog .text-field").tryQuery().isPresent());
            robot.clickOn("#mark-second-dialog .text-field").type(KeyCode.ENTER);
            robot.clickOn("#menu-team").clickOn("Second review…");
            WorkbenchRobot.waitUntil(10, () -> robot.lookup("#second-review-document").tryQuery().isPresent());
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<io.zhibiao.core.model.SecondReviewMark> pick =
                    robot.lookup("#second-review-document").queryAs(javafx.scene.control.ComboBox.class);
            WorkbenchRobot.waitUntil(10, () -> pick.getItems().size() == 1);
            robot.interact(() -> pick.getSelectionModel().select(0));
            @SuppressWarnings("unchecked")
            TableView<SecondReviewRow> table = robot.lookup("#second-review-table").queryAs(TableView.class);
            WorkbenchRobot.waitUntil(10, () -> table.getItems().size() > 3);
            assertTrue(table.getItems().stream().allMatch(r -> r.mine() == null), "no verdict shown yet");
            SecondReviewRow corrected = table.getItems().stream().filter(r -> r.indicatorId() == rows.get(1).id())
                    .findFirst().orElseThrow();
            assertEquals(rows.get(1).value().value(), corrected.engine().value(), "the engine's figure, not zhang.min's");
            for (StoredIndicator row : rows) {
                int at = table.getItems().indexOf(table.getItems().stream()
                        .filter(r -> r.indicatorId() == row.id()).findFirst().orElseThrow());
                robot.interact(() -> table.getSelectionModel().select(at));
                robot.clickOn("#second-verify");
                WorkbenchRobot.waitUntil(10, () -> table.getItems().get(at).mine() != null);
                assertEquals(Verdict.VERIFIED, table.getItems().get(at).mine().verdict());
            }

            robot.clickOn("#menu-team").clickOn("Agreement and adjudication…");
            Label overall = robot.lookup("#agreement-overall").queryAs(Label.class);
            // verified/verified, corrected/verified, rejected/verified: 1 of 3 and kappa 0 (the second verified all)
            WorkbenchRobot.waitUntil(10, () -> overall.getText().contains("3 rows: verdicts 33.3 % (kappa 0.000)"));
            assertTrue(overall.getText().contains("2 disagreements"), overall.getText());
            @SuppressWarnings("unchecked")
            TableView<io.zhibiao.core.model.DocumentAgreement> documents =
                    robot.lookup("#agreement-documents").queryAs(TableView.class);
            robot.interact(() -> documents.getSelectionModel().select(0));
            @SuppressWarnings("unchecked")
            TableView<io.zhibiao.core.model.RowComparison> disagreements =
                    robot.lookup("#agreement-disagreements").queryAs(TableView.class);
            WorkbenchRobot.waitUntil(10, () -> disagreements.getItems().size() == 2);
            assertEquals(Set.of(rows.get(1).id(), rows.get(2).id()), Set.copyOf(disagreements.getItems().stream()
                    .map(io.zhibiao.core.model.RowComparison::indicatorId).toList()));
            int at = disagreements.getItems().stream().map(io.zhibiao.core.model.RowComparison::indicatorId).toList()
                    .indexOf(rows.get(2).id());
            robot.interact(() -> disagreements.getSelectionModel().select(at));
            robot.clickOn("#adjudicate-second");
            WorkbenchRobot.waitUntil(10, () -> disagreements.getItems().stream()
                    .anyMatch(r -> r.indicatorId() == rows.get(2).id() && r.decided() != null));
            try (Store store = Store.open(robot.db())) {
                assertEquals(ReviewStatus.VERIFIED, store.indicators().findById(rows.get(2).id()).orElseThrow().status(),
                        "the rejected row is verified, as the second review had it");
            }
            assertTrue(overall.getText().contains("verdicts 33.3 %"), "agreement stays between the two reviews");
        } finally {
            robot.stop();
        }
    }
}
