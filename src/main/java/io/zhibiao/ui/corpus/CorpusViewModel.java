package io.zhibiao.ui.corpus;

import io.zhibiao.core.corpusview.CorpusNode;
import io.zhibiao.core.corpusview.CorpusTreeBuilder;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.ui.AppContext;
import io.zhibiao.ui.common.Tasks;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The corpus tree: documents grouped by region and year, filtered by a substring. The store is read
 * in the background; filtering re-groups the summaries already in memory.
 */
public final class CorpusViewModel {
    private final AppContext context;
    private final CorpusTreeBuilder builder;
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<CorpusNode> tree = new SimpleObjectProperty<>();
    private final StringProperty corpusStatus = new SimpleStringProperty("");
    private final ObservableList<DocumentSummary> documents = FXCollections.observableArrayList();
    /** The documents the tree is limited to ("My documents"); null shows all. */
    private final ObjectProperty<java.util.Set<Long>> only = new SimpleObjectProperty<>();

    public CorpusViewModel(AppContext context) {
        this.context = context;
        this.builder = new CorpusTreeBuilder(context.regions());
        filter.addListener((obs, old, f) -> rebuild());
        only.addListener((obs, old, ids) -> rebuild());
    }

    /** Re-reads the document list from the store; {@code then} runs on the JavaFX thread afterwards. */
    /** Shows a document list already read (at start-up, while the window was being built). */
    public void show(List<DocumentSummary> found) {
        documents.setAll(found);
        rebuild();
    }

    public void reload(Runnable then) {
        Tasks.run(context.tasks(), () -> context.store().documents().listSummaries(), found -> {
            documents.setAll(found);
            rebuild();
            then.run();
        });
    }

    private void rebuild() {
        java.util.Set<Long> limit = only.get();
        CorpusNode root = builder.build(limit == null ? documents
                : documents.stream().filter(d -> limit.contains(d.id())).toList(), filter.get());
        tree.set(root);
        int indicators = documents.stream().mapToInt(DocumentSummary::indicatorCount).sum();
        int reviewed = documents.stream().mapToInt(DocumentSummary::reviewedCount).sum();
        corpusStatus.set(context.messages().format("status.documents", documents.size(), reviewed, indicators));
    }

    /** A report's name in the tree: region, year and kind (see {@link io.zhibiao.ui.common.DocumentTitles}). */
    public String title(CorpusNode node) {
        return io.zhibiao.ui.common.DocumentTitles.title(context.messages(), context.regions(), node.regionCode(),
                node.year(), node.documentKind(), node.label());
    }

    /** The report's own title and file name, for its tooltip. */
    public String details(long documentId) {
        return documents.stream().filter(d -> d.id() == documentId).findFirst()
                .map(io.zhibiao.ui.common.DocumentTitles::details).orElse("");
    }

    public boolean isEmpty() {
        return documents.isEmpty();
    }

    public ObservableList<DocumentSummary> documents() {
        return documents;
    }

    /** Limits the tree to these documents (the analyst's own); null shows every document. */
    public ObjectProperty<java.util.Set<Long>> onlyProperty() {
        return only;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<CorpusNode> treeProperty() {
        return tree;
    }

    public ReadOnlyStringProperty corpusStatusProperty() {
        return corpusStatus;
    }
}
