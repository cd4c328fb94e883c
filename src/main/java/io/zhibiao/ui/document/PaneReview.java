package io.zhibiao.ui.document;

import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.Tag;
import io.zhibiao.ui.AppContext;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The review actions of one pane, on the indicators selected in its table. Each action is written by
 * the review service in the background (one transaction with its audit entry); the pane refreshes
 * when the service reports the change.
 */
public final class PaneReview {
    private final AppContext context;
    private final DocumentPaneViewModel pane;
    private final StringProperty error = new SimpleStringProperty("");

    PaneReview(AppContext context, DocumentPaneViewModel pane) {
        this.context = context;
        this.pane = pane;
    }

    private ReviewService review() {
        return context.review();
    }

    public void verify() {
        List<Long> ids = pane.selectedIds();
        if (!ids.isEmpty()) {
            write(() -> review().verifyAll(ids));
        }
    }

    public void reject() {
        List<Long> ids = pane.selectedIds();
        if (!ids.isEmpty()) {
            write(() -> review().rejectAll(ids));
        }
    }

    public void markUnreviewed() {
        List<Long> ids = pane.selectedIds();
        if (!ids.isEmpty()) {
            write(() -> review().markUnreviewedAll(ids));
        }
    }

    public void delete() {
        List<Long> ids = pane.selectedIds();
        if (!ids.isEmpty()) {
            write(() -> review().deleteAll(ids));
        }
    }

    public void correct(StoredIndicator row, IndicatorValue corrected) {
        write(() -> review().correct(row.id(), corrected));
    }

    public void setNote(StoredIndicator row, String note) {
        write(() -> review().setNote(row.id(), note));
    }

    public void tag(String name) {
        List<Long> ids = pane.selectedIds();
        if (!ids.isEmpty() && name != null && !name.isBlank()) {
            write(() -> review().tag(ids, name.strip(), TagColors.forName(name.strip())));
        }
    }

    public void untag(Tag tag) {
        List<Long> ids = pane.selectedIds();
        if (!ids.isEmpty()) {
            write(() -> review().untag(ids, tag.id()));
        }
    }

    /** The engine's reading of a text selection, to pre-fill the form for a missed indicator. */
    public IndicatorValue draft(int start, int end) {
        Integer year = pane.documentProperty().get() != null ? pane.documentProperty().get().effectiveYear() : null;
        DocumentKind kind = pane.documentProperty().get() != null ? pane.documentProperty().get().effectiveKind() : null;
        return review().draftFromSelection(pane.textProperty().get(), start, end,
                year != null ? year : java.time.Year.now().getValue(), kind != null ? kind : DocumentKind.OTHER);
    }

    public void add(IndicatorValue value) {
        long doc = pane.documentIdProperty().get();
        write(() -> review().addIndicator(doc, value));
    }

    /** Loads the tag names for autocomplete in the background. */
    public void allTagNames(Consumer<List<String>> then) {
        Task<List<String>> t = new Task<>() {
            @Override
            protected List<String> call() {
                return review().allTags().stream().map(Tag::name).toList();
            }
        };
        t.setOnSucceeded(e -> then.accept(t.getValue()));
        context.tasks().run(t);
    }

    private void write(Callable<?> action) {
        Task<Object> t = new Task<>() {
            @Override
            protected Object call() throws Exception {
                return action.call();
            }
        };
        t.setOnSucceeded(e -> error.set(""));
        t.setOnFailed(e -> error.set(String.valueOf(t.getException().getMessage())));
        context.tasks().run(t);
    }

    /** The last failure, shown in the pane; empty when the last action succeeded. */
    public ReadOnlyStringProperty errorProperty() {
        return error;
    }
}
