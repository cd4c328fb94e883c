package io.zhibiao.ui.team;

import io.zhibiao.core.model.Adjudication;
import io.zhibiao.core.model.DocumentAgreement;
import io.zhibiao.core.model.FigureReading;
import io.zhibiao.core.model.RowComparison;
import io.zhibiao.ui.common.BackgroundTasks;
import io.zhibiao.ui.common.Messages;
import io.zhibiao.ui.common.Tasks;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Agreement and adjudication: the overall and per-document figures, the disagreements of the chosen document
 * side by side, and the decisions (take the first, take the second, or the adjudicator's own figure), each of
 * which becomes the row's review status; the figures are read again after it.
 */
final class AgreementViewModel {
    private final TeamWork team;
    private final BackgroundTasks tasks;
    private final Messages m;
    private final Consumer<Throwable> failed;
    private final StringProperty overall = new SimpleStringProperty("");
    private final ObservableList<DocumentAgreement> documents = FXCollections.observableArrayList();
    private final ObservableList<RowComparison> disagreements = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentAgreement> document = new SimpleObjectProperty<>();

    AgreementViewModel(TeamWork team, BackgroundTasks tasks, Messages m, Consumer<Throwable> failed) {
        this.team = team;
        this.tasks = tasks;
        this.m = m;
        this.failed = failed;
        document.addListener((obs, old, d) -> loadDisagreements());
    }

    void load() {
        Tasks.run(tasks, () -> java.util.Map.entry(team.agreements().overall(), team.agreements().perDocument()),
                found -> {
                    overall.set(m.format("team.agreement.overall", describe(found.getKey())));
                    documents.setAll(found.getValue());
                }, failed);
    }

    private void loadDisagreements() {
        DocumentAgreement d = document.get();
        if (d == null) {
            disagreements.clear();
            return;
        }
        Tasks.run(tasks, () -> team.agreements().disagreements(d.documentId()), disagreements::setAll, failed);
    }

    void takeFirst(RowComparison row) {
        decide(() -> team.adjudicator().takeFirst(row.documentId(), row.indicatorId()));
    }

    void takeSecond(RowComparison row) {
        decide(() -> team.adjudicator().takeSecond(row.documentId(), row.indicatorId()));
    }

    /** The adjudicator's own value, with the unit and code the first reviewer held (else the second). */
    void takeOwn(RowComparison row, Double value) {
        FigureReading basis = row.first() != null ? row.first() : row.second();
        FigureReading own = new FigureReading(value, basis == null ? null : basis.unit(),
                basis == null ? null : basis.code());
        decide(() -> team.adjudicator().takeOwn(row.documentId(), row.indicatorId(), own));
    }

    private void decide(Callable<Adjudication> work) {
        Tasks.run(tasks, work, done -> {
            loadDisagreements();
            load();
        }, failed);
    }

    /** "3 rows: verdicts 66.7 % (kappa 0.400), values 50.0 % (kappa -), 2 disagreements" in the UI's language. */
    String describe(DocumentAgreement d) {
        return m.format("team.agreement.figures", d.verdicts().compared(), d.verdicts().percentText(), d.verdicts().kappaText(),
                d.values().percentText(), d.values().kappaText(), d.disagreements());
    }

    String side(io.zhibiao.core.model.Verdict verdict, FigureReading reading) {
        return m.get("team.verdict." + verdict.id()) + (reading == null ? "" : " " + reading.text());
    }

    StringProperty overallProperty() {
        return overall;
    }

    ObservableList<DocumentAgreement> documents() {
        return documents;
    }

    ObservableList<RowComparison> disagreements() {
        return disagreements;
    }

    ObjectProperty<DocumentAgreement> documentProperty() {
        return document;
    }
}
