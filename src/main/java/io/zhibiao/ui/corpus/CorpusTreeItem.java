package io.zhibiao.ui.corpus;

import io.zhibiao.core.corpusview.CorpusNode;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * A tree item whose children are made the first time they are asked for (when it is expanded, or
 * walked by code): with ten thousand documents the tree then holds only the rows an analyst has opened,
 * instead of one item per document built on the JavaFX thread at every refresh.
 */
final class CorpusTreeItem extends TreeItem<CorpusNode> {
    private boolean built;

    CorpusTreeItem(CorpusNode node) {
        super(node);
    }

    @Override
    public boolean isLeaf() {
        return getValue().children().isEmpty();
    }

    @Override
    public ObservableList<TreeItem<CorpusNode>> getChildren() {
        if (!built) {
            built = true;
            var kids = new java.util.ArrayList<TreeItem<CorpusNode>>(getValue().children().size());
            for (CorpusNode child : getValue().children()) {
                kids.add(new CorpusTreeItem(child));
            }
            super.getChildren().setAll(kids);
        }
        return super.getChildren();
    }

    /** Whether the children exist yet; walking an item that is not built would build it for nothing. */
    boolean isBuilt() {
        return built;
    }
}
