package io.zhibiao.ui.document;

import io.zhibiao.core.corpusview.PaneChoices;
import io.zhibiao.core.extract.catalog.IndicatorCatalog;
import io.zhibiao.core.review.IndicatorSnapshot;
import io.zhibiao.core.review.SeenRows;
import io.zhibiao.core.store.DamagedTextException;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.DocumentText;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.Tag;
import io.zhibiao.ui.AppContext;
import io.zhibiao.ui.common.Tasks;
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
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.collections.transformation.FilteredList;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * State of one side-by-side pane: which document it shows, its text, its indicators (filtered), the
 * selection and the review actions on it. Loading runs in the background; the view only binds.
 */
public final class DocumentPaneViewModel {
    private final AppContext context;
    private final ObservableList<DocumentSummary> corpus;
    private final LongProperty documentId = new SimpleLongProperty(-1);
    private final StringProperty subtitle = new SimpleStringProperty("");
    private final StringProperty details = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty progress = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final ObservableList<StoredIndicator> indicators = FXCollections.observableArrayList();
    private final FilteredList<StoredIndicator> visible = new FilteredList<>(indicators);
    private final ObjectProperty<Map<Long, List<Tag>>> tags = new SimpleObjectProperty<>(Map.of());
    private final IndicatorFilter filter = new IndicatorFilter();
    private final ObjectProperty<StoredIndicator> selected = new SimpleObjectProperty<>();
    private final ObservableList<StoredIndicator> selection = FXCollections.observableArrayList();
    private final ObservableList<String> regionChoices = FXCollections.observableArrayList();
    private final ObservableList<Integer> yearChoices = FXCollections.observableArrayList();
    private final ObservableList<DocumentSummary> documentChoices = FXCollections.observableArrayList();
    private final ObjectProperty<String> region = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<DocumentSummary> document = new SimpleObjectProperty<>();
    private final PaneReview review;
    /** The rows and corrections shown, at their versions: what the pane's review changes are based on. */
    private final SeenRows seen = new SeenRows();
    private final ListChangeListener<DocumentSummary> corpusListener = c -> refreshChoices();
    private final WeakListChangeListener<DocumentSummary> weakCorpusListener = new WeakListChangeListener<>(corpusListener);
    private long generation;

    /**
     * @param corpus the documents of the store as the corpus tree holds them; the selectors offer these
     */
    public DocumentPaneViewModel(AppContext context, ObservableList<DocumentSummary> corpus) {
        this.context = context;
        this.corpus = corpus;
        this.review = new PaneReview(context, this);
        regionChoices.setAll(PaneChoices.regions(corpus));
        // Weakly: the corpus list lives as long as the window, and a strong listener would keep every
        // pane ever closed (its text, indicators and nodes) in memory and refreshing on every import.
        corpus.addListener(weakCorpusListener);
        filter.onChange(this::applyFilter);
    }

    /**
     * The pane was closed: it no longer follows the corpus. Until the collector took it, a closed pane's pickers
     * went on being refreshed after every change of the corpus, and a picker no longer shown failed on a list
     * that shrank (reports deleted), which stopped the corpus from telling the panes still open.
     */
    public void close() {
        corpus.removeListener(weakCorpusListener);
    }

    /** Loads a document; the properties change on the JavaFX thread when it is read. */
    public void open(long id) {
        documentId.set(id);
        load(id, null);
    }

    /** Re-reads the document shown (after a review change), keeping the selected indicator. */
    public void refresh() {
        if (documentId.get() >= 0) {
            load(documentId.get(), selected.get() != null ? selected.get().id() : null);
        }
    }

    /**
     * Re-reads the document shown after an undo or redo and selects the first of the changed indicators it
     * holds, so that the table scrolls to what changed back (else the selection is kept as by {@link #refresh}).
     */
    public void refreshShowing(java.util.Set<Long> changed) {
        if (documentId.get() >= 0) {
            load(documentId.get(), selected.get() != null ? selected.get().id() : null, changed);
        }
    }

    private void load(long id, Long keepSelected) {
        load(id, keepSelected, java.util.Set.of());
    }

    private void load(long id, Long keepSelected, java.util.Set<Long> show) {
        loading.set(true);
        long requested = ++generation;
        boolean sameDocument = document.get() != null && document.get().id() == id;
        Tasks.run(context.tasks(), () -> {
            DocumentSummary summary = context.store().documents().findById(id).orElseThrow(
                    () -> new IllegalStateException("document " + id + " is no longer in the store"));
            String original = sameDocument ? null
                    : context.store().documents().loadText(id).map(DocumentText::originalText).orElse("");
            var inds = context.store().indicators().findByDocument(id);
            return new Loaded(summary, original, inds,
                    context.store().tags().tagsByDocument(id));
        }, loaded -> {
            if (requested == generation) {
                apply(loaded, loaded.indicators().stream().map(StoredIndicator::id).filter(show::contains)
                        .findFirst().orElse(keepSelected));
            }
        }, failure -> {
            loading.set(false);
            if (failure instanceof DamagedTextException d && requested == generation) {
                // nothing of an altered text is shown: neither the text nor highlights read from it
                selected.set(null);
                text.set("");
                indicators.clear();
                subtitle.set(context.messages().format("pane.damagedText",
                        d.title() != null ? d.title() : d.fileName(), d.fileName()));
            } else {
                subtitle.set(Tasks.message(failure));
            }
        });
    }

    /** See {@link #replacingRows()}. */
    private boolean replacingRows;

    private void apply(Loaded loaded, Long keepSelected) {
        DocumentSummary s = loaded.summary();
        syncSelectors(s);
        subtitle.set(io.zhibiao.ui.common.DocumentTitles.of(context.messages(), context.regions(), s));
        details.set(io.zhibiao.ui.common.DocumentTitles.details(s));
        if (loaded.text() != null) {
            selected.set(null);
            text.set(loaded.text());
        }
        if (loaded.text() != null) {
            seen.clear();
        }
        for (StoredIndicator row : loaded.indicators()) {
            seen.show(IndicatorSnapshot.of(row, loaded.tags().getOrDefault(row.id(), List.of())));
        }
        seen.showDocument(s.id(), s.overrideVersion());
        tags.set(loaded.tags());
        if (!replaceInPlace(loaded.indicators())) {
            indicators.setAll(loaded.indicators());
        }
        applyFilter();
        if (keepSelected != null) {
            selected.set(indicators.stream().filter(i -> i.id() == keepSelected).findFirst().orElse(null));
        }
        updateProgress();
        loading.set(false);
    }

    /**
     * Replaces only the rows that changed, when the document still holds the same rows in the same order
     * (a verdict, a correction, a colleague's on a team store): the table keeps its selection and where it
     * is scrolled to, which replacing every row would lose.
     */
    private boolean replaceInPlace(List<StoredIndicator> fresh) {
        if (fresh.size() != indicators.size()) {
            return false;
        }
        for (int i = 0; i < fresh.size(); i++) {
            if (fresh.get(i).id() != indicators.get(i).id()) {
                return false;
            }
        }
        replacingRows = true;
        try {
            for (int i = 0; i < fresh.size(); i++) {
                if (!fresh.get(i).equals(indicators.get(i))) {
                    indicators.set(i, fresh.get(i));
                }
            }
        } finally {
            replacingRows = false;
        }
        return true;
    }

    /**
     * Whether rows are being replaced by their newer selves: a table drops a replaced row from its selection,
     * which is no choice of the analyst's and must not clear the selection, even for a moment.
     */
    public boolean replacingRows() {
        return replacingRows;
    }

    private void applyFilter() {
        visible.setPredicate(filter.predicate(tags.get()));
    }

    private void updateProgress() {
        long reviewed = indicators.stream().filter(i -> i.status() != ReviewStatus.UNREVIEWED).count();
        progress.set(context.messages().format("pane.progress", reviewed, indicators.size()));
    }

    /** Moves the selection to the next (+1) or previous (-1) visible indicator in text order. */
    public void step(int direction, List<StoredIndicator> tableOrder) {
        if (tableOrder.isEmpty()) {
            return;
        }
        int i = selected.get() == null ? -1 : tableOrder.indexOf(selected.get());
        int next = i < 0 ? (direction > 0 ? 0 : tableOrder.size() - 1)
                : Math.max(0, Math.min(tableOrder.size() - 1, i + direction));
        selected.set(tableOrder.get(next));
    }

    /** The rows the next review action applies to: the table's selection, else the current row. */
    public List<Long> selectedIds() {
        List<Long> ids = new ArrayList<>();
        selection.forEach(s -> ids.add(s.id()));
        if (ids.isEmpty() && selected.get() != null) {
            ids.add(selected.get().id());
        }
        return ids;
    }

    /** The indicator whose span covers {@code offset} in the original text, preferring the narrowest. */
    public StoredIndicator indicatorAt(int offset) {
        StoredIndicator best = null;
        for (StoredIndicator i : visible) {
            int s = i.value().start();
            int e = i.value().end();
            if (offset >= s && offset < e && (best == null || e - s < best.value().end() - best.value().start())) {
                best = i;
            }
        }
        return best;
    }

    /** The analyst picked a region: show its newest year (or keep the year shown, if the region has it). */
    public void selectRegion(String code) {
        if (code == null || code.equals(region.get())) {
            return;
        }
        List<Integer> years = PaneChoices.years(corpus, code);
        Integer keep = years.contains(year.get()) ? year.get() : (years.isEmpty() ? null : years.get(0));
        region.set(code);
        // the year picker lets go of its year before its choices change under it (a searchable combo box
        // looks its value up in a filtered copy of the choices that is not yet updated)
        year.set(null);
        yearChoices.setAll(years);
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
        // The corpus list is re-read after every verdict (its counts change): replacing equal lists would
        // make every picker drop its value for nothing.
        replaceIfChanged(regionChoices, PaneChoices.regions(corpus));
        if (region.get() != null) {
            replaceIfChanged(yearChoices, PaneChoices.years(corpus, region.get()));
            replaceIfChanged(documentChoices, PaneChoices.documents(corpus, region.get(), year.get()));
        }
        // the summary shown carries counts and overrides that a re-read may have changed
        if (document.get() != null) {
            long shown = document.get().id();
            corpus.stream().filter(d -> d.id() == shown).findFirst().ifPresent(document::set);
        }
    }

    private static <T> void replaceIfChanged(ObservableList<T> list, List<T> fresh) {
        if (!list.equals(fresh)) {
            list.setAll(fresh);
        }
    }

    /** Puts the selectors on the document shown, without triggering another load. */
    private void syncSelectors(DocumentSummary s) {
        region.set(s.effectiveRegionCode());
        replaceIfChanged(yearChoices, PaneChoices.years(corpus, s.effectiveRegionCode()));
        year.set(s.effectiveYear());
        replaceIfChanged(documentChoices, PaneChoices.documents(corpus, s.effectiveRegionCode(), s.effectiveYear()));
        document.set(s);
    }

    /** The store's catalog in force (bundled and the analyst's layer), for choosing a code. */
    public IndicatorCatalog catalog() {
        return context.catalog();
    }

    public PaneReview review() {
        return review;
    }

    /** What the pane shows, each row at its version; its review changes are based on it. */
    public SeenRows seen() {
        return seen;
    }

    public IndicatorFilter filter() {
        return filter;
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

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle;
    }

    /** The report's own title and file name (the subtitle's tooltip). */
    public ReadOnlyStringProperty detailsProperty() {
        return details;
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

    /** Every indicator of the document (not deleted). */
    public ObservableList<StoredIndicator> indicators() {
        return indicators;
    }

    /** The indicators that pass the filter: what the table shows. */
    public ObservableList<StoredIndicator> visibleIndicators() {
        return visible;
    }

    public ReadOnlyObjectProperty<Map<Long, List<Tag>>> tagsProperty() {
        return tags;
    }

    public ObjectProperty<StoredIndicator> selectedProperty() {
        return selected;
    }

    /** The table's multi-selection, kept in step by the view. */
    public ObservableList<StoredIndicator> selection() {
        return selection;
    }

    private record Loaded(DocumentSummary summary, String text, List<StoredIndicator> indicators,
                          Map<Long, List<Tag>> tags) {
    }
}
