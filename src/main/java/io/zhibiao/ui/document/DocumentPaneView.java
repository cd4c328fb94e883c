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
import javafx.scene.control.ContextMenu;
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
    private final Button documentMenu = new Button("⋯");
    private final ContextMenu documentItems = new ContextMenu();
    private boolean syncing;
    /** The row last selected, kept through a re-read that passes through no selection. */
    private Long shownId;

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
            if (!syncing && !model.replacingRows()) {
                model.selection().setAll(table.getSelectionModel().getSelectedItems());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing && !model.replacingRows()) {
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
        lower.getChildren().add(new TeachBar(model.review(), messages, menus::teach));
        table.setContextMenu(menus.tableMenu());
        textArea.setContextMenu(menus.textMenu());
        documentItems.getItems().setAll(menus.documentItems());
        documentMenu.setOnAction(e -> showDocumentMenu());
        PaneKeys.install(this, menus);
    }

    private VBox header(Messages messages) {
        Label subtitle = new Label();
        subtitle.getStyleClass().add("pane-subtitle");
        subtitle.textProperty().bind(model.subtitleProperty());
        // a narrow pane cuts a long title; the tooltip has it whole, with the report's file name
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(javafx.beans.binding.Bindings.concat(model.subtitleProperty(), "\n",
                model.detailsProperty()));
        subtitle.setTooltip(whole);
        Label progress = new Label();
        progress.getStyleClass().add("hint");
        progress.textProperty().bind(model.progressProperty());
        closeButton.setTooltip(new Tooltip(messages.get("pane.close")));
        closeButton.getStyleClass().addAll("pane-tool", "pane-close");
        moveLeft.setTooltip(new Tooltip(messages.get("pane.moveLeft")));
        moveRight.setTooltip(new Tooltip(messages.get("pane.moveRight")));
        documentMenu.setTooltip(new Tooltip(messages.get("pane.documentMenu")));
        moveLeft.getStyleClass().add("pane-tool");
        moveRight.getStyleClass().add("pane-tool");
        documentMenu.getStyleClass().add("pane-tool");
        for (Button b : java.util.List.of(documentMenu, moveLeft, moveRight, closeButton)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        progress.setMinWidth(0);
        HBox.setHgrow(progress, Priority.ALWAYS);
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(selectors, Priority.ALWAYS);
        // Four panes share a 1600-pixel window (about 300 pixels each): the pickers get the first line to
        // themselves, so that the region and the year are read whole; the review progress, the document
        // picker (only when a region has several reports for the year) and the buttons share the second.
        HBox pickers = new HBox(6, selectors);
        SlowLoadSpinner.install(pickers, 1, model.loadingProperty());
        pickers.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox tools = new HBox(4, selectors.document(), progress, documentMenu, moveLeft, moveRight, closeButton);
        tools.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(3, pickers, tools, subtitle);
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

    /**
     * Selects {@code sel} in the table and the text. Another row than the one shown last is scrolled to; the
     * same row read again (its verdict changed, here or by a colleague on a team store, and a re-read may
     * pass through no selection) stays where the analyst has scrolled to.
     */
    private void showSelection(StoredIndicator sel) {
        boolean moved = sel != null && (shownId == null || shownId != sel.id());
        if (sel != null) {
            shownId = sel.id();
        }
        syncing = true;
        try {
            if (sel == null) {
                table.getSelectionModel().clearSelection();
            } else {
                if (!table.getSelectionModel().getSelectedItems().contains(sel)) {
                    table.getSelectionModel().clearSelection();
                    table.getSelectionModel().select(sel);
                }
                if (moved) {
                    table.scrollTo(sel);
                }
                int end = Math.min(sel.value().end(), textArea.getLength());
                int start = Math.min(sel.value().start(), end);
                textArea.selectRange(start, end);
                if (moved) {
                    textArea.requestFollowCaret();
                }
            }
            model.selection().setAll(table.getSelectionModel().getSelectedItems());
            restyleUnlessLoading();
        } finally {
            syncing = false;
        }
    }

    /** Runs {@code then} once the report is shown: now if it is, else when its read ends. */
    public void whenLoaded(java.util.function.Consumer<DocumentPaneView> then) {
        if (!model.loadingProperty().get() && !model.textProperty().get().isEmpty()) {
            then.accept(this);
            return;
        }
        model.loadingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    o.removeListener(this);
                    then.accept(DocumentPaneView.this);
                }
            }
        });
    }

    /**
     * The document menu opens below its button with its right edge on the button's: the rightmost pane's
     * button sits at the window's edge, where a menu opening to the right would be cut off.
     */
    private void showDocumentMenu() {
        if (documentItems.isShowing()) {
            documentItems.hide();
            return;
        }
        javafx.geometry.Bounds b = documentMenu.localToScreen(documentMenu.getBoundsInLocal());
        documentItems.setOnShown(e -> documentItems.setX(b.getMaxX() - documentItems.getWidth()));
        documentItems.show(documentMenu, b.getMinX(), b.getMaxY());
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

    public javafx.scene.control.ButtonBase documentMenuButton() {
        return documentMenu;
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
