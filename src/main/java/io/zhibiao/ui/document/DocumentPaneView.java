package io.zhibiao.ui.document;

import io.zhibiao.core.model.Region;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.ui.common.Messages;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

import java.util.Map;

/**
 * One side-by-side pane: the report text with highlighted indicators above, the indicator table
 * below. Selecting a row selects its span; clicking a span selects its row. Review happens here, by
 * keyboard (see {@link PaneKeys}) or the context menus that {@link PaneMenus} builds.
 */
public final class DocumentPaneView extends BorderPane {
    private final DocumentPaneViewModel model;
    private final StyleClassedTextArea textArea = new StyleClassedTextArea();
    private final IndicatorTable table;
    private final PaneSelectors selectors;
    private final Button closeButton = new Button("✕");
    private final Button moveLeft = new Button("◀");
    private final Button moveRight = new Button("▶");
    private final MenuButton documentMenu = new MenuButton("⋯");
    private boolean syncing;

    public DocumentPaneView(DocumentPaneViewModel model, Messages messages, Map<String, Region> regions) {
        this.model = model;
        this.table = new IndicatorTable(messages, model.visibleIndicators(), model.tagsProperty());
        model.filter().doubtfulFirstProperty().addListener((o, was, on) -> table.doubtfulFirst(on));
        this.selectors = new PaneSelectors(model, messages, regions);
        getStyleClass().add("document-pane");
        VBox header = header(messages);

        textArea.setEditable(false);
        textArea.setWrapText(true);
        textArea.getStyleClass().add("report-text");
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(textArea);
        Label error = new Label();
        error.getStyleClass().add("form-error");
        error.textProperty().bind(model.review().errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        VBox lower = new VBox(4, new FilterBar(model, messages), table, error);
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(scroll, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        setMinWidth(340);
        // The pane's content joins the scene with the document in it: the read is usually done before the
        // view is built, and styling the header in a frame of its own, then the text and table in the
        // next, costs a whole extra pass while the analyst waits. Only a slow read shows the header early,
        // with its spinner.
        if (model.loadingProperty().get()) {
            PauseTransition slow = new PauseTransition(SlowLoadSpinner.DELAY);
            slow.setOnFinished(e -> setTop(header));
            slow.play();
            model.loadingProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    if (!now) {
                        o.removeListener(this);
                        slow.stop();
                        setTop(header);
                        setCenter(split);
                    }
                }
            });
        } else {
            setTop(header);
            setCenter(split);
        }

        model.textProperty().addListener((obs, old, text) -> {
            textArea.replaceText(text);
            restyleUnlessLoading();
            textArea.moveTo(0);
            textArea.requestFollowCaret();
        });
        model.indicators().addListener((ListChangeListener<StoredIndicator>) c -> restyleUnlessLoading());
        // A load changes the text and the indicators one after the other: highlight once, when both are in.
        model.loadingProperty().addListener((o, was, now) -> {
            if (!now) {
                restyle();
            }
        });
        model.selectedProperty().addListener((obs, old, sel) -> showSelection(sel));
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<StoredIndicator>) c -> {
            if (!syncing) {
                model.selection().setAll(table.getSelectionModel().getSelectedItems());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing) {
                model.selectedProperty().set(row);
            }
        });
        textArea.setOnMouseClicked(e -> {
            if (e.getClickCount() == 1 && textArea.getSelection().getLength() == 0) {
                StoredIndicator hit = model.indicatorAt(textArea.hit(e.getX(), e.getY()).getInsertionIndex());
                if (hit != null) {
                    model.selectedProperty().set(hit);
                }
            }
        });
        PaneMenus menus = new PaneMenus(this, messages, regions);
        table.setContextMenu(menus.tableMenu());
        textArea.setContextMenu(menus.textMenu());
        documentMenu.getItems().setAll(menus.documentItems());
        PaneKeys.install(this, menus);
    }

    private VBox header(Messages messages) {
        Label subtitle = new Label();
        subtitle.getStyleClass().add("pane-subtitle");
        subtitle.textProperty().bind(model.subtitleProperty());
        Label progress = new Label();
        progress.getStyleClass().add("hint");
        progress.textProperty().bind(model.progressProperty());
        closeButton.setTooltip(new Tooltip(messages.get("pane.close")));
        closeButton.getStyleClass().add("pane-close");
        moveLeft.setTooltip(new Tooltip(messages.get("pane.moveLeft")));
        moveRight.setTooltip(new Tooltip(messages.get("pane.moveRight")));
        documentMenu.setTooltip(new Tooltip(messages.get("pane.documentMenu")));
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(selectors, Priority.ALWAYS);
        // Selectors and buttons on the first line, what the report is and the review progress below,
        // so that a narrow pane (four side by side) still shows the region in full.
        HBox top = new HBox(6, selectors, spacer, documentMenu, moveLeft, moveRight, closeButton);
        SlowLoadSpinner.install(top, 2, model.loadingProperty());
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(3, top, subtitle, progress);
        box.getStyleClass().add("pane-header");
        return box;
    }

    private void restyleUnlessLoading() {
        if (!model.loadingProperty().get()) {
            restyle();
        }
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
                if (!table.getSelectionModel().getSelectedItems().contains(sel)) {
                    table.getSelectionModel().clearSelection();
                    table.getSelectionModel().select(sel);
                }
                table.scrollTo(sel);
                int end = Math.min(sel.value().end(), textArea.getLength());
                int start = Math.min(sel.value().start(), end);
                textArea.selectRange(start, end);
                textArea.requestFollowCaret();
            }
            model.selection().setAll(table.getSelectionModel().getSelectedItems());
            restyleUnlessLoading();
        } finally {
            syncing = false;
        }
    }

    /** Scrolls to and selects a passage of the report (a search hit). */
    public void showText(int offset, int length) {
        int start = Math.max(0, Math.min(offset, textArea.getLength()));
        int end = Math.min(textArea.getLength(), start + Math.max(0, length));
        textArea.selectRange(start, end);
        textArea.requestFollowCaret();
    }

    public ComboBox<Integer> yearSelector() {
        return selectors.year();
    }

    public SearchableComboBox<String> regionSelector() {
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
