package io.zhibiao.ui.document;

import io.zhibiao.core.model.Region;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.DocumentText;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.ui.AppContext;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import java.util.List;

/**
 * State of one side-by-side pane: which document it shows, its text and its indicators. Loading
 * runs in the background; the view only binds to these properties.
 */
public final class DocumentPaneViewModel {
    private final AppContext context;
    private final LongProperty documentId = new SimpleLongProperty(-1);
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty subtitle = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty progress = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final ObservableList<StoredIndicator> indicators = FXCollections.observableArrayList();
    private final ObjectProperty<StoredIndicator> selected = new SimpleObjectProperty<>();

    public DocumentPaneViewModel(AppContext context) {
        this.context = context;
    }

    /** Loads a document; the properties change on the JavaFX thread when it is read. */
    public void open(long id) {
        loading.set(true);
        documentId.set(id);
        Task<Loaded> task = new Task<>() {
            @Override
            protected Loaded call() {
                DocumentSummary summary = context.store().documents().findById(id).orElseThrow(
                        () -> new IllegalStateException("document " + id + " is no longer in the store"));
                DocumentText docText = context.store().documents().loadText(id).orElseThrow();
                return new Loaded(summary, docText.originalText(),
                        context.store().indicators().findByDocument(id));
            }
        };
        task.setOnSucceeded(e -> apply(task.getValue()));
        task.setOnFailed(e -> {
            loading.set(false);
            title.set(String.valueOf(task.getException().getMessage()));
        });
        context.tasks().run(task);
    }

    private void apply(Loaded loaded) {
        if (loaded.summary().id() != documentId.get()) {
            return; // a newer open() superseded this one
        }
        DocumentSummary s = loaded.summary();
        Region region = context.regions().get(s.effectiveRegionCode());
        String regionLabel = region != null ? region.qualifiedName() : context.messages().get("region.unknown");
        String year = s.effectiveYear() != null ? s.effectiveYear().toString() : "?";
        title.set(regionLabel + " · " + year);
        String kind = s.effectiveKind() != null ? context.messages().get("kind." + s.effectiveKind().id()) : "";
        subtitle.set(kind + " · " + (s.title() != null ? s.title() : s.fileName()));
        selected.set(null);
        text.set(loaded.text());
        indicators.setAll(loaded.indicators());
        updateProgress();
        loading.set(false);
    }

    private void updateProgress() {
        long reviewed = indicators.stream().filter(i -> i.status() != ReviewStatus.UNREVIEWED).count();
        progress.set(context.messages().format("pane.progress", reviewed, indicators.size()));
    }

    /** The indicator whose span covers {@code offset} in the original text, preferring the narrowest. */
    public StoredIndicator indicatorAt(int offset) {
        StoredIndicator best = null;
        for (StoredIndicator i : indicators) {
            int s = i.value().start();
            int e = i.value().end();
            if (offset >= s && offset < e && (best == null || e - s < best.value().end() - best.value().start())) {
                best = i;
            }
        }
        return best;
    }

    public LongProperty documentIdProperty() {
        return documentId;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle;
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ObservableList<StoredIndicator> indicators() {
        return indicators;
    }

    public ObjectProperty<StoredIndicator> selectedProperty() {
        return selected;
    }

    private record Loaded(DocumentSummary summary, String text, List<StoredIndicator> indicators) {
    }
}
