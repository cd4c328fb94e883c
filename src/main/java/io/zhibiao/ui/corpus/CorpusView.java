package io.zhibiao.ui.corpus;

import io.zhibiao.core.corpusview.CorpusNode;
import io.zhibiao.ui.common.Messages;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The corpus browser: a filter box over the province → prefecture → county → year → document tree. Several
 * reports can be selected; Delete (or the context menu) deletes them.
 */
public final class CorpusView extends BorderPane {
    private final TreeView<CorpusNode> tree = new TreeView<>();
    private final TextField filter = new TextField();
    private final Label empty;
    private Consumer<List<Long>> onDelete;

    public CorpusView(CorpusViewModel model, Messages messages, LongConsumer openDocument) {
        getStyleClass().add("corpus-view");
        filter.setPromptText(messages.get("corpus.filter.prompt"));
        filter.getStyleClass().add("corpus-filter");
        filter.textProperty().bindBidirectional(model.filterProperty());
        tree.getStyleClass().add("corpus-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new CorpusCell(messages, model));
        tree.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected(openDocument);
            }
        });
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(openDocument);
            } else if (e.getCode() == KeyCode.DELETE && onDelete != null) {
                e.consume();
                deleteSelected();
            }
        });
        MenuItem delete = new MenuItem(messages.get("corpus.delete.menu"));
        delete.setId("corpus-delete");
        delete.setOnAction(e -> deleteSelected());
        ContextMenu menu = new ContextMenu(delete);
        menu.setOnShowing(e -> delete.setDisable(onDelete == null || selectedDocumentIds().isEmpty()));
        tree.setContextMenu(menu);
        empty = new Label(messages.get("corpus.empty"));
        empty.getStyleClass().add("empty-hint");
        empty.setMaxWidth(260);
        model.treeProperty().addListener((obs, old, root) -> show(root));
        setTop(new VBox(filter));
        setCenter(new StackPane(tree, empty));
        setMinWidth(220);
        setPrefWidth(300);
    }

    /** Adds items to the tree's context menu, enabled while documents are selected. */
    public void addContextItems(List<MenuItem> items) {
        ContextMenu menu = tree.getContextMenu();
        menu.getItems().addAll(items);
        menu.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWING,
                e -> items.forEach(i -> i.setDisable(selectedDocumentIds().isEmpty())));
    }

    /** What Delete and the context menu's Delete… do with the documents selected; null disables both. */
    public void setOnDelete(Consumer<List<Long>> onDelete) {
        this.onDelete = onDelete;
    }

    private void deleteSelected() {
        List<Long> ids = selectedDocumentIds();
        if (onDelete != null && !ids.isEmpty()) {
            onDelete.accept(ids);
        }
    }

    /** The documents selected, and those under a selected region or year, in tree order. */
    public List<Long> selectedDocumentIds() {
        Set<Long> ids = new LinkedHashSet<>();
        for (TreeItem<CorpusNode> item : List.copyOf(tree.getSelectionModel().getSelectedItems())) {
            if (item != null) {
                collect(item.getValue(), ids);
            }
        }
        return List.copyOf(ids);
    }

    private static void collect(CorpusNode node, Set<Long> ids) {
        if (node.isDocument()) {
            ids.add(node.documentId());
        }
        node.children().forEach(c -> collect(c, ids));
    }

    private void openSelected(LongConsumer openDocument) {
        TreeItem<CorpusNode> item = tree.getSelectionModel().getSelectedItem();
        if (item != null && item.getValue().isDocument()) {
            openDocument.accept(item.getValue().documentId());
        }
    }

    /**
     * Shows a new tree (after an import, a review action, a filter) keeping what the analyst opened,
     * closed and selected, so that the counts can change under their eyes without the tree jumping.
     * Only the items of opened branches are made (see {@link CorpusTreeItem}).
     */
    private void show(CorpusNode root) {
        boolean filtering = !filter.getText().isBlank();
        Map<String, Boolean> expanded = new HashMap<>();
        if (tree.getRoot() != null && !filtering) {
            remember(tree.getRoot(), "", expanded);
        }
        List<String> selectedKeys = tree.getSelectionModel().getSelectedItems().stream()
                .filter(java.util.Objects::nonNull).map(CorpusView::key).toList();
        CorpusTreeItem newRoot = new CorpusTreeItem(root);
        newRoot.setExpanded(true);
        CorpusExpansion.openByDefault(newRoot, filtering);
        restore(newRoot, "", expanded, CorpusExpansion.openAncestors(expanded));
        tree.setRoot(newRoot);
        for (String selectedKey : selectedKeys) {
            TreeItem<CorpusNode> again = find(newRoot, selectedKey);
            if (again != null) {
                tree.getSelectionModel().select(again);
            }
        }
        empty.setVisible(root.children().isEmpty() && !filtering);
    }

    /** Records the open state of every item made so far (items never made were never opened). */
    private static void remember(TreeItem<CorpusNode> item, String path, Map<String, Boolean> expanded) {
        String here = path + "/" + id(item.getValue());
        expanded.put(here, item.isExpanded());
        if (item instanceof CorpusTreeItem lazy && !lazy.isBuilt()) {
            return;
        }
        item.getChildren().forEach(c -> remember(c, here, expanded));
    }

    /** Puts back the remembered open states, descending only where something is open. */
    private static void restore(TreeItem<CorpusNode> item, String path, Map<String, Boolean> expanded,
                                Set<String> openBelow) {
        String here = path + "/" + id(item.getValue());
        Boolean was = expanded.get(here);
        if (was != null) {
            item.setExpanded(was);
        }
        if (item.isExpanded() || openBelow.contains(here)) {
            item.getChildren().forEach(c -> restore(c, here, expanded, openBelow));
        }
    }

    /** The item with this key, making only the items on its path. */
    private static TreeItem<CorpusNode> find(TreeItem<CorpusNode> root, String wanted) {
        String[] parts = wanted.substring(1).split("/");
        TreeItem<CorpusNode> item = root;
        if (!parts[0].equals(id(root.getValue()))) {
            return null;
        }
        for (int i = 1; i < parts.length && item != null; i++) {
            String part = parts[i];
            item = item.getChildren().stream().filter(c -> id(c.getValue()).equals(part)).findFirst().orElse(null);
        }
        return item;
    }

    /** A node's identity across rebuilds: its kind and region code, year or document id (labels change with counts). */
    static String id(CorpusNode n) {
        return n.type() + ":" + (n.documentId() != null ? n.documentId() : n.type() == CorpusNode.Type.YEAR
                ? n.label() : n.regionCode());
    }

    private static String key(TreeItem<CorpusNode> item) {
        StringBuilder sb = new StringBuilder();
        for (TreeItem<CorpusNode> i = item; i != null; i = i.getParent()) {
            sb.insert(0, "/" + id(i.getValue()));
        }
        return sb.toString();
    }

    public TreeView<CorpusNode> tree() {
        return tree;
    }

    public TextField filterField() {
        return filter;
    }

    private static final class CorpusCell extends TreeCell<CorpusNode> {
        private final Messages messages;
        private final CorpusViewModel model;

        CorpusCell(Messages messages, CorpusViewModel model) {
            this.messages = messages;
            this.model = model;
        }

        @Override
        protected void updateItem(CorpusNode node, boolean empty) {
            super.updateItem(node, empty);
            if (empty || node == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            String label = switch (node.type()) {
                case UNKNOWN_REGION -> messages.get("region.unknown");
                case DOCUMENT -> model.title(node);
                default -> node.label();
            };
            setText(label);
            setTooltip(node.isDocument() ? new javafx.scene.control.Tooltip(model.details(node.documentId())) : null);
            if (node.unreviewed() > 0) {
                Label count = new Label(messages.format("corpus.unreviewed", node.unreviewed()));
                count.getStyleClass().add("unreviewed-count");
                setGraphic(count);
                setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            } else {
                setGraphic(null);
            }
        }
    }
}
