package io.zhibiao.ui.team;

import io.zhibiao.core.model.FigureReading;
import io.zhibiao.core.model.SecondReviewMark;
import io.zhibiao.core.model.SecondReviewRow;
import io.zhibiao.core.model.SecondVerdict;
import io.zhibiao.ui.common.BackgroundTasks;
import io.zhibiao.ui.common.Tasks;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The second review of one document at a time: the documents marked for second review, the engine's rows of
 * the chosen one (never the first analyst's verdicts) and this analyst's own verdicts, written at once.
 */
final class SecondReviewViewModel {
    private final TeamWork team;
    private final BackgroundTasks tasks;
    private final Consumer<Throwable> failed;
    private final ObservableList<SecondReviewMark> documents = FXCollections.observableArrayList();
    private final ObservableList<SecondReviewRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<SecondReviewMark> document = new SimpleObjectProperty<>();
    private final Map<Long, String> labels = new HashMap<>();

    SecondReviewViewModel(TeamWork team, BackgroundTasks tasks, Consumer<Throwable> failed) {
        this.team = team;
        this.tasks = tasks;
        this.failed = failed;
        document.addListener((obs, old, d) -> reload());
    }

    void loadDocuments() {
        Tasks.run(tasks, () -> {
            List<SecondReviewMark> marked = team.secondReview().marked();
            Map<Long, String> named = new HashMap<>();
            marked.forEach(mk -> named.put(mk.documentId(), team.label(mk.documentId())));
            return Map.entry(marked, named);
        }, found -> {
            labels.putAll(found.getValue());
            documents.setAll(found.getKey());
        }, failed);
    }

    /** The document's name (year, region, title), as the history names it. */
    String label(long documentId) {
        return labels.getOrDefault(documentId, String.valueOf(documentId));
    }

    private void reload() {
        SecondReviewMark d = document.get();
        if (d == null) {
            rows.clear();
            return;
        }
        Tasks.run(tasks, () -> team.secondReview().rows(d.documentId()), rows::setAll, e -> {
            rows.clear();
            failed.accept(e);
        });
    }

    void verify(SecondReviewRow row) {
        write(() -> team.secondReview().verify(row.documentId(), row.indicatorId()), row);
    }

    void reject(SecondReviewRow row) {
        write(() -> team.secondReview().reject(row.documentId(), row.indicatorId()), row);
    }

    /** Corrects the figure to {@code value}, keeping the engine's unit and code. */
    void correct(SecondReviewRow row, Double value) {
        FigureReading r = new FigureReading(value, row.engine().unit(), row.engine().code());
        write(() -> team.secondReview().correct(row.documentId(), row.indicatorId(), r), row);
    }

    private void write(Callable<SecondVerdict> work, SecondReviewRow row) {
        Tasks.run(tasks, work, v -> {
            int at = rows.indexOf(row);
            if (at >= 0) {
                rows.set(at, row.withMine(v));
            }
        }, failed);
    }

    ObservableList<SecondReviewMark> documents() {
        return documents;
    }

    ObservableList<SecondReviewRow> rows() {
        return rows;
    }

    ObjectProperty<SecondReviewMark> documentProperty() {
        return document;
    }
}
