package io.zhibiao.ui.catalog;

import io.zhibiao.core.catalog.CatalogOrigin;
import io.zhibiao.core.catalog.MergedCatalog;
import io.zhibiao.core.catalog.StoreCatalog;
import io.zhibiao.core.extract.catalog.CatalogEntry;
import io.zhibiao.core.review.Reextraction;
import io.zhibiao.core.review.ReextractionListener;
import io.zhibiao.core.review.ReextractionSummary;
import io.zhibiao.core.review.RerunReport;
import io.zhibiao.core.review.ReviewAction;
import io.zhibiao.core.review.ReviewChange;
import io.zhibiao.core.review.ReviewListener;
import io.zhibiao.ui.AppContext;
import io.zhibiao.ui.common.Messages;
import io.zhibiao.ui.common.Tasks;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;

import java.util.List;
import java.util.Locale;

/**
 * The Catalog window's state: the store's catalog (bundled and the analyst's layer) as rows filtered by a
 * search, the changes an analyst makes (each checked and written at once, or refused with the reason), and
 * the re-extraction a change offers, run in the background with progress and cancel.
 */
public final class CatalogViewModel {
    /** One indicator as listed: the merged entry and where it comes from. */
    public record Row(CatalogEntry entry, CatalogOrigin origin) {
        String aliases() {
            return String.join("、", entry.aliases());
        }
    }

    private final AppContext context;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final FilteredList<Row> shown = new FilteredList<>(rows);
    private final StringProperty search = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty changed = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ReviewListener others = this::changedElsewhere;
    private final java.util.function.Consumer<Runnable> fxThread;
    private Task<ReextractionSummary> task;

    public CatalogViewModel(AppContext context) {
        this(context, javafx.application.Platform::runLater);
    }

    /** {@code fxThread} runs what changes the rows on the JavaFX thread (a test may run it in place). */
    CatalogViewModel(AppContext context, java.util.function.Consumer<Runnable> fxThread) {
        this.context = context;
        this.fxThread = fxThread;
        search.addListener((o, a, b) -> shown.setPredicate(row -> matches(row, b)));
        reload();
        context.review().addListener(others);
    }

    /** Stops following the others' catalog changes (the window closed). */
    public void dispose() {
        context.review().removeListener(others);
    }

    /**
     * Another analyst changed the team's catalog: the rows show it, read on the notice's thread (one row of
     * the store) and put in place on the JavaFX thread.
     */
    private void changedElsewhere(ReviewChange change) {
        if (change.action() != ReviewAction.CATALOG_ELSEWHERE) {
            return;
        }
        List<Row> fresh;
        try {
            fresh = rowsOf(catalog());
        } catch (RuntimeException e) {
            // the connection is away: the reconnection's notice reads the catalog again
            return;
        }
        fxThread.accept(() -> {
            rows.setAll(fresh);
            message.set(context.messages().get("catalog.changedElsewhere"));
        });
    }

    public FilteredList<Row> shown() {
        return shown;
    }

    public StringProperty search() {
        return search;
    }

    /** What the last action said: a refusal with its reason, or the re-extraction's progress and summary. */
    public ReadOnlyStringProperty message() {
        return message;
    }

    /** True after a change the stored reports do not reflect yet: the window offers re-extraction. */
    public ReadOnlyBooleanProperty changed() {
        return changed;
    }

    public ReadOnlyBooleanProperty running() {
        return running;
    }

    public Task<ReextractionSummary> task() {
        return task;
    }

    public MergedCatalog catalog() {
        return StoreCatalog.of(context.store()).current();
    }

    public void add(CatalogEntry entry) {
        change(c -> c.add(entry));
    }

    /** Sets names, category, measures and units of an indicator, and adds the aliases it lacks. */
    public void edit(CatalogEntry entry) {
        change(c -> c.edit(entry));
    }

    public void retire(String code) {
        change(c -> c.retire(code));
    }

    /** Brings a retired indicator back as it was. */
    public void restore(CatalogEntry entry) {
        change(c -> c.edit(entry));
    }

    /** Re-extracts the reports the catalog change left behind; progress and the summary go to {@link #message()}. */
    public void reextract() {
        Messages m = context.messages();
        Reextraction reextraction = Reextraction.withStoreCatalog(context.store(), context.review());
        List<Long> ids = reextraction.behind();
        task = new Task<>() {
            @Override
            protected ReextractionSummary call() {
                return reextraction.run(ids, new ReextractionListener() {
                    @Override
                    public void merged(int done, int total, RerunReport report) {
                        updateProgress(done, total);
                        updateMessage(m.format("catalog.reextract.progress", done, total));
                    }
                }, this::isCancelled);
            }
        };
        task.messageProperty().addListener((o, a, b) -> message.set(b));
        task.setOnSucceeded(e -> finished(task.getValue()));
        task.setOnCancelled(e -> {
            running.set(false);
            message.set(m.get("catalog.reextract.cancelled"));
        });
        task.setOnFailed(e -> {
            running.set(false);
            message.set(m.format("catalog.reextract.failed", String.valueOf(task.getException().getMessage())));
        });
        running.set(true);
        message.set(m.format("catalog.reextract.progress", 0, ids.size()));
        context.tasks().run(task);
    }

    public void cancelReextract() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void finished(ReextractionSummary s) {
        running.set(false);
        int added = 0;
        int changedRows = 0;
        int removed = 0;
        for (RerunReport r : s.reports()) {
            added += r.added();
            changedRows += r.changed();
            removed += r.removed();
        }
        changed.set(s.cancelled() || !s.failures().isEmpty());
        message.set(context.messages().format("catalog.reextract.done", s.reports().size(), added, changedRows, removed,
                s.failures().size()));
    }

    private interface Change {
        void apply(StoreCatalog catalog);
    }

    /**
     * Writes a change in the background (on a team store it is a transaction on the server), then shows the
     * catalog as it stands; a refusal (a clash, a bad field) is said in the window's message, nothing written.
     */
    private void change(Change change) {
        Tasks.run(context.tasks(), () -> {
            change.apply(StoreCatalog.of(context.store()));
            return rowsOf(catalog());
        }, fresh -> {
            rows.setAll(fresh);
            changed.set(true);
            message.set(context.messages().get("catalog.changed"));
        }, failure -> message.set(Tasks.message(failure)));
    }

    private void reload() {
        rows.setAll(rowsOf(catalog()));
    }

    private static List<Row> rowsOf(MergedCatalog c) {
        return c.all().stream().map(e -> new Row(e, c.origin(e.code()))).toList();
    }

    private static boolean matches(Row row, String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        CatalogEntry e = row.entry();
        return q.isEmpty() || String.join(" ", e.code(), e.nameZh(), e.nameEn(), String.join(" ", e.aliases()))
                .toLowerCase(Locale.ROOT).contains(q);
    }
}
