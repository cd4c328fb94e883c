package io.zhibiao.ui.document;

import io.zhibiao.core.corpusview.PaneChoices;
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
import javafx.beans.property.ReadOnlyObjectProperty;
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

    private final ObservableList<DocumentSummary> corpus;
    private final ObservableList<String> regionChoices = FXCollections.observableArrayList();
    private final ObservableList<Integer> yearChoices = FXCollections.observableArrayList();
    private final ObservableList<DocumentSummary> documentChoices = FXCollections.observableArrayList();
    private final ObjectProperty<String> region = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<DocumentSummary> document = new SimpleObjectProperty<>();

    /**
     * @param corpus the documents of the store as the corpus tree holds them; the selectors offer these
     */
    public DocumentPaneViewModel(AppContext context, ObservableList<DocumentSummary> corpus) {
        this.context = context;
        this.corpus = corpus;
        regionChoices.setAll(PaneChoices.regions(corpus));
        corpus.addListener((javafx.collections.ListChangeListener<DocumentSummary>) c -> refreshChoices());
    }

    /** The analyst picked a region: show its newest year (or keep the year shown, if the region has it). */
    public void selectRegion(String code) {
        if (code == null || code.equals(region.get())) {
            return;
        }
        List<Integer> years = PaneChoices.years(corpus, code);
        Integer keep = years.contains(year.get()) ? year.get() : (years.isEmpty() ? null : years.get(0));
        region.set(code);
        yearChoices.setAll(years);
        year.set(null);
        selectYear(keep);
    }

    /** The analyst picked a year: open the region's (first) document of that year. */
    public void selectYear(Integer y) {
        if (y == null || y.equals(year.get())) {
            return;
        }
        year.set(y);
        List<DocumentSummary> docs = PaneChoices.documents(corpus, region.get(), y);
        documentChoices.setAll(docs);
        if (!docs.isEmpty()) {
            selectDocument(docs.get(0));
        }
    }

    public void selectDocument(DocumentSummary d) {
        if (d != null && d.id() != documentId.get()) {
            open(d.id());
        }
    }

    private void refreshChoices() {
        regionChoices.setAll(PaneChoices.regions(corpus));
        if (region.get() != null) {
            yearChoices.setAll(PaneChoices.years(corpus, region.get()));
            documentChoices.setAll(PaneChoices.documents(corpus, region.get(), year.get()));
        }
    }

    /** Puts the selectors on the document shown, without triggering another load. */
    private void syncSelectors(DocumentSummary s) {
        region.set(s.effectiveRegionCode());
        yearChoices.setAll(PaneChoices.years(corpus, s.effectiveRegionCode()));
        year.set(s.effectiveYear());
        documentChoices.setAll(PaneChoices.documents(corpus, s.effectiveRegionCode(), s.effectiveYear()));
        document.set(documentChoices.stream().filter(d -> d.id() == s.id()).findFirst().orElse(s));
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
        syncSelectors(s);
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

    public ObservableList<String> regionChoices() {
        return regionChoices;
    }

    public ObservableList<Integer> yearChoices() {
        return yearChoices;
    }

    public ObservableList<DocumentSummary> documentChoices() {
        return documentChoices;
    }

    public ReadOnlyObjectProperty<String> regionProperty() {
        return region;
    }

    public ReadOnlyObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ReadOnlyObjectProperty<DocumentSummary> documentProperty() {
        return document;
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
