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

    public PaneArea(AppContext context) {
        this.context = context;
        empty = new Label(context.messages().get("pane.empty"));
        empty.getStyleClass().add("empty-hint");
        empty.setMaxWidth(420);
        getChildren().addAll(split, empty);
        split.getItems().addListener((javafx.collections.ListChangeListener<Node>) c -> updateEmpty());
        updateEmpty();
    }

    private void updateEmpty() {
        empty.setVisible(split.getItems().isEmpty());
        split.setVisible(!split.getItems().isEmpty());
    }

    /** Opens a new pane on the right showing the document. */
    public DocumentPaneView open(long documentId) {
        DocumentPaneViewModel model = new DocumentPaneViewModel(context);
        DocumentPaneView view = new DocumentPaneView(model, context.messages());
        view.closeButton().setOnAction(e -> split.getItems().remove(view));
        split.getItems().add(view);
        double step = 1.0 / split.getItems().size();
        double[] positions = new double[split.getItems().size() - 1];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = step * (i + 1);
        }
        split.setDividerPositions(positions);
        model.open(documentId);
        return view;
    }

    public void closeAll() {
        split.getItems().clear();
    }

    public List<DocumentPaneView> panes() {
        return split.getItems().stream().filter(DocumentPaneView.class::isInstance)
                .map(DocumentPaneView.class::cast).toList();
    }

    ObservableList<Node> items() {
        return split.getItems();
    }
}
