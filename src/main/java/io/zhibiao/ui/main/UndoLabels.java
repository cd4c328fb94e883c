package io.zhibiao.ui.main;

import io.zhibiao.core.review.ReviewCommand;
import io.zhibiao.ui.common.Messages;

/** "Verify 3 indicators" in the UI language, for the Edit menu's undo and redo items. */
final class UndoLabels {
    private UndoLabels() {
    }

    static String of(ReviewCommand c, Messages m) {
        return m.format("undo.label", m.get(c.action().messageKey()), c.size());
    }
}
