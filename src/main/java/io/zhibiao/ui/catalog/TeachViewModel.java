package io.zhibiao.ui.catalog;

import io.zhibiao.core.catalog.Lesson;
import io.zhibiao.core.extract.catalog.CatalogEntry;
import io.zhibiao.core.review.ReextractionListener;
import io.zhibiao.core.review.ReextractionSummary;
import io.zhibiao.core.review.RerunReport;
import io.zhibiao.core.review.TeachPreview;
import io.zhibiao.ui.AppContext;
import io.zhibiao.ui.common.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

/**
 * The Teach dialog's state: the lesson, its preview (counted in the background over the whole store) and
 * the application that writes it and re-extracts the reports holding the phrase, with progress and cancel.
 * Undo (Edit ▸ Undo) takes the whole lesson back as one step.
 */
public final class TeachViewModel {
    private final AppContext context;
    private final Lesson lesson;
    private final ObjectProperty<TeachPreview> preview = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty applied = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private Task<?> task;

    public TeachViewModel(AppContext context, Lesson lesson) {
        this.context = context;
        this.lesson = lesson;
    }

    public Lesson lesson() {
        return lesson;
    }

    /** "基本医疗保险参保率 → MED_INS 医保参保率" or "拨付资金 is not an indicator", in the UI's language. */
    public String title() {
        Messages m = context.messages();
        if (lesson.isNotAnIndicator()) {
            return m.format("teach.notIndicator", lesson.phrase());
        }
        String name = io.zhibiao.core.catalog.StoreCatalog.of(context.store())
                .current().active().byCode(lesson.code()).map(CatalogEntry::nameZh).orElse("");
        return m.format("teach.alias", lesson.phrase(), lesson.code(), name);
    }

    public ReadOnlyObjectProperty<TeachPreview> preview() {
        return preview;
    }

    /** What the dialog says: counting, the counts, a refusal with its reason, progress or the summary. */
    public ReadOnlyStringProperty message() {
        return message;
    }

    public ReadOnlyBooleanProperty running() {
        return running;
    }

    /** True once the lesson is written and the reports re-extracted (or the run cancelled part-way). */
    public ReadOnlyBooleanProperty applied() {
        return applied;
    }

    public ReadOnlyDoubleProperty progress() {
        return progress;
    }

    /** Counts what the lesson would change, in the background. */
    public void startPreview() {
        Messages m = context.messages();
        Task<TeachPreview> t = new Task<>() {
            @Override
            protected TeachPreview call() {
                return context.review().teaching().preview(lesson, this::isCancelled);
            }
        };
        t.setOnSucceeded(e -> {
            running.set(false);
            TeachPreview p = t.getValue();
            preview.set(p);
            message.set(p.known() ? m.get("teach.known")
                    : m.format("teach.counts", p.documentIds().size(), p.added(), p.changed(), p.removed()));
        });
        start(t, m.get("teach.counting"));
    }

    /** Writes the lesson and re-extracts the reports holding the phrase; reviewed rows stay as they were. */
    public void apply() {
        TeachPreview p = preview.get();
        if (p == null || running.get()) {
            return;
        }
        Messages m = context.messages();
        Task<ReextractionSummary> t = new Task<>() {
            @Override
            protected ReextractionSummary call() {
                return context.review().teaching().apply(p, new ReextractionListener() {
                    @Override
                    public void merged(int done, int total, RerunReport report) {
                        updateProgress(done, total);
                        updateMessage(m.format("catalog.reextract.progress", done, total));
                    }
                }, this::isCancelled);
            }
        };
        t.messageProperty().addListener((o, a, b) -> message.set(b));
        t.progressProperty().addListener((o, a, b) -> progress.set(b.doubleValue()));
        t.setOnSucceeded(e -> {
            running.set(false);
            ReextractionSummary s = t.getValue();
            int added = s.reports().stream().mapToInt(RerunReport::added).sum();
            int changed = s.reports().stream().mapToInt(RerunReport::changed).sum();
            int removed = s.reports().stream().mapToInt(RerunReport::removed).sum();
            message.set(m.format(s.cancelled() ? "teach.cancelled" : "teach.done", s.reports().size(), added, changed,
                    removed));
            applied.set(true);
        });
        start(t, m.format("catalog.reextract.progress", 0, p.documentIds().size()));
    }

    /** Cancels the preview or the re-extraction running; a re-extraction stops after the report being merged. */
    public void cancel() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void start(Task<?> t, String first) {
        task = t;
        t.setOnFailed(e -> {
            running.set(false);
            message.set(String.valueOf(t.getException().getMessage()));
        });
        t.setOnCancelled(e -> running.set(false));
        running.set(true);
        message.set(first);
        context.tasks().run(t);
    }
}
