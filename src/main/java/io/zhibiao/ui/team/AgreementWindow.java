package io.zhibiao.ui.team;

import io.zhibiao.core.model.DocumentAgreement;
import io.zhibiao.core.model.RowComparison;
import io.zhibiao.ui.AppContext;
import io.zhibiao.ui.common.Messages;
import io.zhibiao.ui.common.Tasks;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
 * Team ▸ Agreement and adjudication: percent agreement and Cohen's kappa overall and per document; for the
 * chosen document its disagreements side by side (the sentence, the first and the second verdict and figure)
 * and the buttons that decide them.
 */
final class AgreementWindow {
    private final Messages m;
    private final AgreementViewModel model;
    private final Window owner;

    AgreementWindow(AppContext context, TeamWork team, Window owner, Consumer<String> error) {
        this.m = context.messages();
        this.owner = owner;
        this.model = new AgreementViewModel(team, context.tasks(), m,
                e -> error.accept(m.format("team.failed", Tasks.message(e))));
    }

    void show() {
        Label overall = new Label();
        overall.setId("agreement-overall");
        overall.textProperty().bind(model.overallProperty());
        TableView<DocumentAgreement> documents = new TableView<>(model.documents());
        documents.setId("agreement-documents");
        documents.getColumns().add(column("team.col.document", d -> String.valueOf(d.documentId()), 90));
        documents.getColumns().add(column("team.col.figures", model::describe, 700));
        documents.setPrefHeight(160);
        model.documentProperty().bind(documents.getSelectionModel().selectedItemProperty());
        TableView<RowComparison> rows = new TableView<>(model.disagreements());
        rows.setId("agreement-disagreements");
        rows.getColumns().add(column("team.col.name", RowComparison::name, 120));
        rows.getColumns().add(column("team.col.first", r -> model.side(r.firstVerdict(), r.first()), 170));
        rows.getColumns().add(column("team.col.second", r -> model.side(r.secondVerdict(), r.second()), 170));
        rows.getColumns().add(column("team.col.decided", r -> r.decided() == null ? ""
                : m.get("team.decision." + r.decided().decision().id()), 90));
        rows.getColumns().add(column("team.col.sentence", RowComparison::sentence, 380));
        VBox.setVgrow(rows, Priority.ALWAYS);
        Button first = button("team.adjudicate.first", "adjudicate-first", rows, model::takeFirst);
        Button second = button("team.adjudicate.second", "adjudicate-second", rows, model::takeSecond);
        Button own = button("team.adjudicate.own", "adjudicate-own", rows, this::own);
        VBox root = new VBox(8, overall, documents, new Label(m.get("team.agreement.disagreements")), rows,
                new HBox(8, first, second, own));
        root.setStyle("-fx-padding: 10");
        root.setId("agreement-window");
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(m.get("team.agreement.title"));
        stage.setScene(new Scene(root, 960, 600));
        stage.show();
        model.load();
    }

    private void own(RowComparison row) {
        TeamControls.askNumber(owner, m, m.get("team.adjudicate.own"), m.get("team.adjudicate.own.prompt"), "",
                "adjudicate-own-dialog").ifPresent(value -> model.takeOwn(row, value));
    }

    private Button button(String key, String id, TableView<RowComparison> table, Consumer<RowComparison> action) {
        return TeamControls.button(m, key, id, table, action);
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        return TeamControls.column(m, key, value, width);
    }
}
