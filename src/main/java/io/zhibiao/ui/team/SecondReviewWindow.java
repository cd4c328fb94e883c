package io.zhibiao.ui.team;

import io.zhibiao.core.model.SecondReviewMark;
import io.zhibiao.core.model.SecondReviewRow;
import io.zhibiao.ui.AppContext;
import io.zhibiao.ui.common.Messages;
import io.zhibiao.ui.common.Tasks;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Team ▸ Second review: the second analyst picks a document marked for second review and judges the engine's
 * rows (name, sentence, the engine's figure) with Verify, Reject or Correct; the first analyst's verdicts and
 * corrections are not shown anywhere in it.
 */
final class SecondReviewWindow {
    private final Messages m;
    private final SecondReviewViewModel model;
    private final Window owner;

    SecondReviewWindow(AppContext context, TeamWork team, Window owner, Consumer<String> error) {
        this.m = context.messages();
        this.owner = owner;
        this.model = new SecondReviewViewModel(team, context.tasks(),
                e -> error.accept(m.format("team.failed", Tasks.message(e))));
    }

    void show() {
        ComboBox<SecondReviewMark> documents = new ComboBox<>(model.documents());
        documents.setId("second-review-document");
        documents.setPromptText(m.get("team.second.pick"));
        documents.setButtonCell(new MarkCell());
        documents.setCellFactory(l -> new MarkCell());
        model.documentProperty().bind(documents.valueProperty());
        TableView<SecondReviewRow> table = new TableView<>(model.rows());
        table.setId("second-review-table");
        table.getColumns().add(column("team.col.name", SecondReviewRow::name));
        table.getColumns().add(column("team.col.engine", r -> r.engine().text()));
        table.getColumns().add(column("team.col.mine", r -> r.mine() == null ? ""
                : m.get("team.verdict." + r.mine().verdict().id())
                + (r.mine().reading() == null ? "" : " " + r.mine().reading().text())));
        TableColumn<SecondReviewRow, String> sentence = column("team.col.sentence", SecondReviewRow::sentence);
        sentence.setPrefWidth(420);
        table.getColumns().add(sentence);
        VBox.setVgrow(table, Priority.ALWAYS);
        Button verify = button("team.second.verify", "second-verify", table, model::verify);
        Button reject = button("team.second.reject", "second-reject", table, model::reject);
        Button correct = button("team.second.correct", "second-correct", table, this::correct);
        VBox root = new VBox(8, new HBox(8, new Label(m.get("team.second.document")), documents),
                new Label(m.get("team.second.hint")), table, new HBox(8, verify, reject, correct));
        root.setStyle("-fx-padding: 10");
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(m.get("team.second.title"));
        stage.setScene(new Scene(root, 900, 520));
        stage.getScene().getRoot().setId("second-review-window");
        stage.show();
        model.loadDocuments();
    }

    private void correct(SecondReviewRow row) {
        Double engine = row.engine().value();
        TeamControls.askNumber(owner, m, m.get("team.second.correct"), m.format("team.second.correct.prompt",
                        row.engine().unit() == null ? "" : row.engine().unit()), engine == null ? "" : String.valueOf(engine),
                "second-correct-dialog").ifPresent(value -> model.correct(row, value));
    }

    private Button button(String key, String id, TableView<SecondReviewRow> table, Consumer<SecondReviewRow> action) {
        return TeamControls.button(m, key, id, table, action);
    }

    private TableColumn<SecondReviewRow, String> column(String key, Function<SecondReviewRow, String> value) {
        return TeamControls.column(m, key, value, 140);
    }

    private final class MarkCell extends ListCell<SecondReviewMark> {
        @Override
        protected void updateItem(SecondReviewMark mark, boolean empty) {
            super.updateItem(mark, empty);
            setText(empty || mark == null ? null : m.format("team.second.documentLabel", model.label(mark.documentId()),
                    mark.analyst() == null ? m.get("team.second.anyone") : mark.analyst()));
        }
    }
}
