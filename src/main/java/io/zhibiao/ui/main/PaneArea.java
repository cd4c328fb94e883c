package io.zhibiao.ui.main;

import io.zhibiao.ui.AppContext;
import io.zhibiao.ui.document.DocumentPaneView;
import io.zhibiao.ui.document.DocumentPaneViewModel;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;

import java.util.List;

/** The side-by-side panes: as many as the analyst opens, resizable, each with its own close button. */
public final class PaneArea extends StackPane {
    private final AppContext context;
    private final SplitPane split = new SplitPane();
    private final Label empty;

    private final ObservableList<io.zhibiao.core.store.DocumentSummary> corpus;
    private Runnable onChange = () -> { };
    private Runnable onContentChange = () -> { };
    private boolean contentChangePending;
    private boolean syncingColumns;
    private java.util.function.Consumer<io.zhibiao.core.store.StoredIndicator> onSelect = i -> { };

    public PaneArea(AppContext context, ObservableList<io.zhibiao.core.store.DocumentSummary> corpus) {
        this.context = context;
        this.corpus = corpus;
        empty = new Label();
        updateEmptyHint();
        corpus.addListener((javafx.collections.ListChangeListener<io.zhibiao.core.store.DocumentSummary>) c ->
                updateEmptyHint());
        empty.getStyleClass().add("empty-hint");
        empty.setMaxWidth(420);
        getChildren().addAll(split, empty);
        split.getItems().addListener((javafx.collections.ListChangeListener<Node>) c -> {
            updateEmpty();
            evenOut();
            onChange.run();
            contentChanged();
        });
        updateEmpty();
    }

    /**
     * The hint where no pane is open names the sample reports only while they are all the store holds:
     * once the analyst imported reports of their own, it would be wrong.
     */
    private void updateEmptyHint() {
        boolean own = corpus.stream().anyMatch(d -> d.sourcePath() == null
                || !io.zhibiao.core.importer.SampleCorpus.isSample(d.sourcePath(), context.store().location()));
        empty.setText(context.messages().get("pane.empty") + (own ? "" : "\n" + context.messages().get("pane.empty.samples")));
    }

    private void updateEmpty() {
        empty.setVisible(split.getItems().isEmpty());
        split.setVisible(!split.getItems().isEmpty());
    }

    /**
     * Opens the document in a new pane if one more fits beside those open; otherwise says so and opens
     * nothing: a pane squeezed under its minimum width would hide its buttons and values past the edge.
     */
    public DocumentPaneView openIfRoom(long documentId) {
        if (!hasRoomForAnother()) {
            javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION,
                    context.messages().format("pane.noRoom", panes().size()));
            a.setHeaderText(null);
            a.setTitle(context.messages().get("app.title"));
            if (getScene() != null) {
                a.initOwner(getScene().getWindow());
            }
            a.show();
            return null;
        }
        return open(documentId);
    }

    /** Whether one more pane, at its minimum width, fits beside the open ones. */
    boolean hasRoomForAnother() {
        List<DocumentPaneView> open = panes();
        if (open.isEmpty() || split.getWidth() <= 0) {
            return true;
        }
        double min = open.get(0).minWidth(-1);
        // the split's own dividers, not those of the panes' text-and-table splits inside it
        double dividerWidth = split.getChildrenUnmodifiable().stream()
                .filter(c -> c.getStyleClass().contains("split-pane-divider"))
                .mapToDouble(c -> c.getLayoutBounds().getWidth()).findFirst().orElse(0);
        double room = split.getWidth() - split.snappedLeftInset() - split.snappedRightInset();
        int n = open.size() + 1;
        return n * min + (n - 1) * dividerWidth <= room;
    }

    /** Opens a new pane on the right showing the document. */
    public DocumentPaneView open(long documentId) {
        DocumentPaneViewModel model = new DocumentPaneViewModel(context, corpus);
        // Reading starts before the view is built, so it runs while the view is made rather than after.
        // Its result arrives on this thread after this method returns, when the view already listens.
        model.open(documentId);
        DocumentPaneView view = new DocumentPaneView(model, context.messages(), context.regions());
        model.documentIdProperty().addListener((o, a, b) -> onChange.run());
        model.indicators().addListener((javafx.collections.ListChangeListener<io.zhibiao.core.store.StoredIndicator>) c ->
                contentChanged());
        model.selectedProperty().addListener((o, a, sel) -> onSelect.accept(sel));
        view.table().showAllBut(context.settings().hiddenPaneColumns());
        view.table().setOnColumnsChanged(hidden -> columnsChanged(view, hidden));
        view.closeButton().setOnAction(e -> close(view));
        view.moveLeftButton().setOnAction(e -> move(view, -1));
        view.moveRightButton().setOnAction(e -> move(view, +1));
        split.getItems().add(view);
        return view;
    }

    /** Panes compared side by side show the same columns: a column shown or hidden in one goes for all. */
    private void columnsChanged(DocumentPaneView changed, java.util.Set<String> hidden) {
        if (syncingColumns) {
            return;
        }
        syncingColumns = true;
        try {
            context.settings().setHiddenPaneColumns(hidden);
            panes().stream().filter(p -> p != changed).forEach(p -> p.table().showAllBut(hidden));
        } finally {
            syncingColumns = false;
        }
    }

    /**
     * Tells the views over all panes (the compare table) once the panes have been laid out, and once for
     * a burst of changes: a pane being opened shows its text and rows first, its column in the compare
     * table a frame later, instead of both waiting for the compare table to be rebuilt and laid out.
     */
    private void contentChanged() {
        if (contentChangePending) {
            return;
        }
        contentChangePending = true;
        javafx.scene.Scene scene = getScene();
        if (scene == null) {
            javafx.application.Platform.runLater(this::notifyContentChange);
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            javafx.application.Platform.runLater(this::notifyContentChange);
        };
        scene.addPostLayoutPulseListener(once[0]);
        javafx.application.Platform.requestNextPulse();
    }

    private void notifyContentChange() {
        contentChangePending = false;
        onContentChange.run();
    }

    /** Called when panes open, close, move or show another document (to remember the layout). */
    public void setOnChange(Runnable r) {
        onChange = r;
    }

    /** Called when the indicators shown by any pane change (for the compare view). */
    public void setOnContentChange(Runnable r) {
        onContentChange = r;
    }

    /** Called with the indicator an analyst selects in any pane (for the chart). */
    public void setOnSelect(java.util.function.Consumer<io.zhibiao.core.store.StoredIndicator> c) {
        onSelect = c;
    }

    /**
     * Selects {@code length} characters at {@code offset} in the document: in the pane that already shows
     * it, else in a new pane once its text is shown (if one more fits).
     */
    public DocumentPaneView openAt(long documentId, int offset, int length) {
        for (DocumentPaneView shown : panes()) {
            if (shown.model().documentIdProperty().get() == documentId && !shown.model().loadingProperty().get()) {
                shown.showText(offset, length);
                shown.textArea().requestFocus();
                return shown;
            }
        }
        DocumentPaneView view = openIfRoom(documentId);
        if (view == null) {
            return null;
        }
        view.whenLoaded(shown -> shown.showText(offset, length));
        return view;
    }

    /** The documents shown, left to right. */
    public List<Long> documentIds() {
        return panes().stream().map(p -> p.model().documentIdProperty().get()).filter(id -> id >= 0).toList();
    }

    /** Moves a pane one place to the left (-1) or right (+1). */
    public void move(DocumentPaneView pane, int direction) {
        int i = split.getItems().indexOf(pane);
        int j = i + direction;
        if (i < 0 || j < 0 || j >= split.getItems().size()) {
            return;
        }
        double[] dividers = split.getDividerPositions();
        split.getItems().remove(i);
        split.getItems().add(j, pane);
        split.setDividerPositions(dividers);
    }

    /** Gives every pane the same width; again after layout, which may have moved the dividers. */
    private void evenOut() {
        int n = split.getItems().size();
        double[] positions = new double[Math.max(0, n - 1)];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = (i + 1) / (double) n;
        }
        split.setDividerPositions(positions);
        javafx.application.Platform.runLater(() -> split.setDividerPositions(positions));
    }

    public void closeAll() {
        panes().forEach(this::close);
        split.getItems().clear();
    }

    /** Closes the panes showing any of these documents (they were deleted). */
    public void closeDocuments(java.util.Set<Long> documentIds) {
        panes().stream().filter(v -> documentIds.contains(v.model().documentIdProperty().get()))
                .forEach(this::close);
    }

    private void close(DocumentPaneView view) {
        split.getItems().remove(view);
        view.model().close();
    }

    public List<DocumentPaneView> panes() {
        return split.getItems().stream().filter(DocumentPaneView.class::isInstance)
                .map(DocumentPaneView.class::cast).toList();
    }

    ObservableList<Node> items() {
        return split.getItems();
    }
}
