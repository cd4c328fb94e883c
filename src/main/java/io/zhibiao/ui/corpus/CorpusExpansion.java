package io.zhibiao.ui.corpus;

import io.zhibiao.core.corpusview.CorpusNode;
import javafx.scene.control.TreeItem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which branches of a fresh corpus tree start open. A small corpus opens its region levels so every
 * report year is in sight at once; a large one opens only as many levels as fit in a screenful or two,
 * so that ten thousand documents start as a short list of provinces rather than thousands of rows.
 * A filter that leaves few documents opens everything, down to the documents.
 */
final class CorpusExpansion {
    /** Rows a default expansion may show: a couple of screens of the tree. */
    static final int ROW_BUDGET = 300;
    /** A filtered tree with at most this many documents opens down to the documents. */
    static final int FILTERED_DOCUMENTS_SHOWN = 200;

    private CorpusExpansion() {
    }

    static void openByDefault(TreeItem<CorpusNode> root, boolean filtering) {
        boolean all = filtering && root.getValue().documents() <= FILTERED_DOCUMENTS_SHOWN;
        List<TreeItem<CorpusNode>> level = new ArrayList<>(root.getChildren());
        int rows = level.size();
        while (!level.isEmpty()) {
            List<TreeItem<CorpusNode>> next = new ArrayList<>();
            int added = 0;
            for (TreeItem<CorpusNode> item : level) {
                if (all || isRegion(item.getValue())) {
                    added += item.getValue().children().size();
                }
            }
            if (added == 0 || (!all && rows + added > ROW_BUDGET)) {
                return;
            }
            for (TreeItem<CorpusNode> item : level) {
                if (all || isRegion(item.getValue())) {
                    item.setExpanded(true);
                    next.addAll(item.getChildren());
                }
            }
            rows += added;
            level = next;
        }
    }

    /** The paths that have an open item somewhere below them (so restoring has to walk through them). */
    static Set<String> openAncestors(Map<String, Boolean> expanded) {
        Set<String> out = new HashSet<>();
        expanded.forEach((path, open) -> {
            if (open) {
                for (int i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) {
                    out.add(path.substring(0, i));
                }
            }
        });
        return out;
    }

    private static boolean isRegion(CorpusNode n) {
        return n.type() != CorpusNode.Type.YEAR && n.type() != CorpusNode.Type.DOCUMENT;
    }
}
