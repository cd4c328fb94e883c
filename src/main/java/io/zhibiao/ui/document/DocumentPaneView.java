package io.zhibiao.ui.document;

import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.ui.common.Messages;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * One side-by-side pane: the report text with highlighted indicators above, the indicator table
 * below. Selecting a row selects its span; clicking a span selects its row.
 */
public final class DocumentPaneView extends BorderPane {
    private final DocumentPaneViewModel model;
    private final StyleClassedTextArea textArea = new StyleClassedTextArea();
    private final IndicatorTable table;
    private final Button closeButton = new Button("✕");
    private final Button moveLeft = new Button("◀");
    private final Button moveRight = new Button("▶");
    private boolean syncing;

    private final PaneSelectors selectors;

    public DocumentPaneView(DocumentPaneViewModel model, Messages messages,
                            java.util.Map<String, io.zhibiao.core.model.Region> regions) {
        this.model = model;
        this.table = new IndicatorTable(messages, model.indicators());
        this.selectors = new PaneSelectors(model, messages, regions);
        getStyleClass().add("document-pane");
        setTop(header(messages));

        textArea.setEditable(false);
        textArea.setWrapText(true);
        textArea.getStyleClass().add("report-text");
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(textArea);
        SplitPane split = new SplitPane(scroll, table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        setCenter(split);
        setMinWidth(260);

        model.textProperty().addListener((obs, old, text) -> {
            textArea.replaceText(text);
            restyle();
            textArea.moveTo(0);
            textArea.requestFollowCaret();
        });
        model.indicators().addListener((javafx.collections.ListChangeListener<StoredIndicator>) c -> restyle());
        model.selectedProperty().addListener((obs, old, sel) -> showSelection(sel));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing) {
                model.selectedProperty().set(row);
            }
        });
        textArea.setOnMouseClicked(e -> {
            StoredIndicator hit = model.indicatorAt(textArea.hit(e.getX(), e.getY()).getInsertionIndex());
            if (hit != null) {
                model.selectedProperty().set(hit);
            }
        });
    }

    private HBox header(Messages messages) {
        Label subtitle = new Label();
        subtitle.getStyleClass().add("pane-subtitle");
        subtitle.textProperty().bind(model.subtitleProperty());
        Label progress = new Label();
        progress.getStyleClass().add("hint");
        progress.textProperty().bind(model.progressProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.loadingProperty());
        closeButton.setTooltip(new Tooltip(messages.get("pane.close")));
        moveLeft.setTooltip(new Tooltip(messages.get("pane.moveLeft")));
        moveRight.setTooltip(new Tooltip(messages.get("pane.moveRight")));
        moveLeft.getStyleClass().add("pane-move");
        moveRight.getStyleClass().add("pane-move");
        closeButton.getStyleClass().add("pane-close");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox titles = new VBox(3, selectors, subtitle, progress);
        HBox box = new HBox(titles, spacer, busy, moveLeft, moveRight, closeButton);
        box.getStyleClass().add("pane-header");
        return box;
    }

    private void restyle() {
        int length = textArea.getLength();
        if (length > 0) {
            textArea.setStyleSpans(0, IndicatorHighlights.of(length, model.indicators(), model.selectedProperty().get()));
        }
    }

    private void showSelection(StoredIndicator sel) {
        syncing = true;
        try {
            if (sel == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(sel);
                table.scrollTo(sel);
                int end = Math.min(sel.value().end(), textArea.getLength());
                int start = Math.min(sel.value().start(), end);
                textArea.selectRange(start, end);
                textArea.requestFollowCaret();
            }
            restyle();
        } finally {
            syncing = false;
        }
    }

    public javafx.scene.control.ComboBox<Integer> yearSelector() {
        return selectors.year();
    }

    public org.controlsfx.control.SearchableComboBox<String> regionSelector() {
        return selectors.region();
    }

    public DocumentPaneViewModel model() {
        return model;
    }

    public Button moveLeftButton() {
        return moveLeft;
    }

    public Button moveRightButton() {
        return moveRight;
    }

    public Button closeButton() {
        return closeButton;
    }

    public StyleClassedTextArea textArea() {
        return textArea;
    }

    public IndicatorTable table() {
        return table;
    }
}
