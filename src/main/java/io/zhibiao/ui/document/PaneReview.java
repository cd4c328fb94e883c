package io.zhibiao.ui.document;

import io.zhibiao.core.catalog.Lesson;
import io.zhibiao.core.catalog.StoreCatalog;
import io.zhibiao.core.extract.catalog.IndicatorCatalog;
import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.review.MergeableField;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.review.StaleChange;
import io.zhibiao.core.review.StaleChangeException;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.Tag;
import io.zhibiao.ui.AppContext;
import io.zhibiao.ui.common.Tasks;
import io.zhibiao.ui.review.StaleChangeWords;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Set;
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
    private Consumer<StaleChange> merge;
    private final ObjectProperty<Lesson> lesson = new SimpleObjectProperty<>();

    PaneReview(AppContext context, DocumentPaneViewModel pane) {
        this.context = context;
        this.pane = pane;
    }

    /** The session's review service, its changes based on the rows as this pane shows them. */
    AppContext context() {
        return context;
    }

    private ReviewService review() {
        return context.review().basedOn(pane.seen());
    }

    /**
     * Who shows a refused change of an indicator or of the report's corrections for the analyst to merge (the
     * pane's view opens the merge dialog); until one is set, the refusal is only explained in the pane.
     */
    public void onRefused(Consumer<StaleChange> merge) {
        this.merge = merge;
    }

    /** Writes the analyst's merge of a refused change: the fields picked as mine over the stored version. */
    public void merge(StaleChange stale, Set<? extends MergeableField> takeMine) {
        write(() -> review().merge(stale, takeMine));
    }

    public void verify() {
        List<Long> ids = pane.selectedIds();
        if (!ids.isEmpty()) {
            write(() -> review().verifyAll(ids));
        }
    }

    public void reject() {
        List<Long> ids = pane.selectedIds();
        StoredIndicator row = pane.selectedProperty().get();
        if (!ids.isEmpty()) {
            String phrase = ids.size() == 1 && row != null ? row.value().name() : null;
            teachable(() -> review().rejectAll(ids) > 0 ? offer(phrase, IndicatorCatalog.NOT_AN_INDICATOR) : null);
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
        boolean recoded = corrected.code() != null && !corrected.code().equals(row.value().code());
        teachable(() -> review().correct(row.id(), corrected) && recoded ? offer(row.value().name(), corrected.code())
                : null);
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
        String region = pane.documentProperty().get() != null ? pane.documentProperty().get().effectiveRegionCode() : null;
        return review().draftFromSelection(pane.textProperty().get(), start, end,
                year != null ? year : java.time.Year.now().getValue(), kind != null ? kind : DocumentKind.OTHER, region);
    }

    public void add(IndicatorValue value) {
        long doc = pane.documentIdProperty().get();
        teachable(() -> {
            review().addIndicator(doc, value);
            return value.code() == null ? null : offer(value.name(), value.code());
        });
    }

    /**
     * The lesson the last correction, added indicator or rejection offers to teach the catalog (its phrase as
     * an alias of the code, or as "not an indicator"), or null when it offers none.
     */
    public ObjectProperty<Lesson> lessonProperty() {
        return lesson;
    }

    /** A lesson for the phrase, unless it cannot be one or the catalog in force already reads it so. */
    private Lesson offer(String phrase, String code) {
        if (phrase == null || phrase.isBlank() || phrase.contains("|")) {
            return null;
        }
        Lesson l = new Lesson(phrase, code);
        IndicatorCatalog catalog = StoreCatalog.of(context.store()).current().active();
        boolean known = l.isNotAnIndicator()
                ? catalog.notIndicatorPhrases().contains(l.phrase())
                : catalog.lookup(l.phrase()).map(e -> e.code().equals(code)).orElse(false);
        return known ? null : l;
    }

    private void teachable(Callable<Lesson> action) {
        Tasks.run(context.tasks(), action, offered -> {
            error.set("");
            lesson.set(offered);
        }, this::failed);
    }

    /** Loads the audit trail of an indicator in the background. */
    public void history(long indicatorId, Consumer<List<io.zhibiao.core.store.AuditEvent>> then) {
        read(() -> review().historyOf(indicatorId), then);
    }

    /** Applies the analyst's region/year/kind for the document; only what differs is written. */
    public void correctDocument(String regionCode, Integer year, DocumentKind kind) {
        DocumentSummaryRef doc = DocumentSummaryRef.of(pane);
        if (doc == null) {
            return;
        }
        write(() -> {
            if (regionCode != null && !regionCode.equals(doc.region())) {
                review().overrideRegion(doc.id(), regionCode);
            }
            if (year != null && !year.equals(doc.year())) {
                review().overrideYear(doc.id(), year);
            }
            if (kind != null && kind != doc.kind()) {
                review().overrideKind(doc.id(), kind);
            }
            return null;
        });
    }

    /** Runs extraction again on the document; reviewed work is kept. The report says what changed. */
    public void rerun(Consumer<io.zhibiao.core.review.RerunReport> then) {
        long doc = pane.documentIdProperty().get();
        read(() -> review().rerunExtraction(doc), then);
    }

    private <T> void read(Callable<T> work, Consumer<T> then) {
        Tasks.run(context.tasks(), work, then, this::showError);
    }

    private record DocumentSummaryRef(long id, String region, Integer year, DocumentKind kind) {
        static DocumentSummaryRef of(DocumentPaneViewModel pane) {
            var d = pane.documentProperty().get();
            return d == null ? null : new DocumentSummaryRef(d.id(), d.effectiveRegionCode(), d.effectiveYear(),
                    d.effectiveKind());
        }
    }

    /** Loads the tag names for autocomplete in the background. */
    public void allTagNames(Consumer<List<String>> then) {
        read(() -> review().allTags().stream().map(Tag::name).toList(), then);
    }

    private void write(Callable<?> action) {
        Tasks.run(context.tasks(), action, done -> error.set(""), this::failed);
    }

    /** A change refused as stale is explained and offered for merge; any other failure is said. */
    private void failed(Throwable failure) {
        if (failure instanceof StaleChangeException refused) {
            refused(refused);
        } else {
            showError(failure);
        }
    }

    /**
     * Someone changed a row since the pane showed it: nothing was written. The pane shows the stored rows again,
     * says who changed what, and offers the merge of each change (an undo is not merged: it only explains).
     */
    private void refused(StaleChangeException refused) {
        pane.refresh();
        error.set(refused.changes().stream().map(c -> StaleChangeWords.explain(context.messages(), c))
                .collect(java.util.stream.Collectors.joining("\n")));
        if (merge != null) {
            refused.changes().stream().filter(c -> !c.undo()).forEach(merge);
        }
    }

    private void showError(Throwable failure) {
        if (failure instanceof io.zhibiao.core.store.TeamConnectionLostException) {
            error.set(context.messages().get("team.connection.refused"));
            return;
        }
        error.set(Tasks.message(failure));
    }

    /** The last failure, shown in the pane; empty when the last action succeeded. */
    public ReadOnlyStringProperty errorProperty() {
        return error;
    }
}
