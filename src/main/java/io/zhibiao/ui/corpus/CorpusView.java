package io.zhibiao.ui.corpus;

import io.zhibiao.core.corpusview.CorpusNode;
import io.zhibiao.ui.common.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.function.LongConsumer;

/** The corpus browser: a filter box over the province → prefecture → county → year → document tree. */
public final class CorpusView extends BorderPane {
    private final TreeView<CorpusNode> tree = new TreeView<>();
    private final TextField filter = new TextField();
    private final Label empty;

    public CorpusView(CorpusViewModel model, Messages messages, LongConsumer openDocument) {
        getStyleClass().add("corpus-view");
        filter.setPromptText(messages.get("corpus.filter.prompt"));
        filter.getStyleClass().add("corpus-filter");
        filter.textProperty().bindBidirectional(model.filterProperty());
        tree.getStyleClass().add("corpus-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new CorpusCell(messages));
        tree.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected(openDocument);
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(openDocument);
            }
        });
        empty = new Label(messages.get("corpus.empty"));
        empty.getStyleClass().add("empty-hint");
        empty.setMaxWidth(260);
        model.treeProperty().addListener((obs, old, root) -> show(root));
        setTop(new VBox(filter));
        setCenter(new StackPane(tree, empty));
        setMinWidth(220);
        setPrefWidth(300);
    }

    private void openSelected(LongConsumer openDocument) {
        TreeItem<CorpusNode> item = tree.getSelectionModel().getSelectedItem();
        if (item != null && item.getValue().isDocument()) {
            openDocument.accept(item.getValue().documentId());
        }
    }

    private void show(CorpusNode root) {
        boolean filtering = !filter.getText().isBlank();
        tree.setRoot(toItem(root, filtering));
        empty.setVisible(root.children().isEmpty() && !filtering);
    }

    private static TreeItem<CorpusNode> toItem(CorpusNode node, boolean expandAll) {
        TreeItem<CorpusNode> item = new TreeItem<>(node);
        for (CorpusNode child : node.children()) {
            item.getChildren().add(toItem(child, expandAll));
        }
        // Open the region levels so a small corpus is visible at once; years stay closed unless filtering.
        item.setExpanded(expandAll || node.type() != CorpusNode.Type.YEAR);
        return item;
    }

    public TreeView<CorpusNode> tree() {
        return tree;
    }

    public TextField filterField() {
        return filter;
    }

    private static final class CorpusCell extends TreeCell<CorpusNode> {
        private final Messages messages;

        CorpusCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(CorpusNode node, boolean empty) {
            super.updateItem(node, empty);
            if (empty || node == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            String label = switch (node.type()) {
                case UNKNOWN_REGION -> messages.get("region.unknown");
                case DOCUMENT -> (node.documentKind() != null ? "[" + messages.get("kind." + node.documentKind()) + "] " : "")
                        + node.label();
                default -> node.label();
            };
            setText(label);
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
