package io.zhibiao.ui.review;

import io.zhibiao.ui.common.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.List;

/** The keyboard shortcuts, as the help menu and F1 show them. */
public final class ShortcutsDialog {
    /** Key, message key of what it does. The pane's key handler uses the same keys. */
    public static final List<String[]> SHORTCUTS = List.of(
            new String[]{"J / ↓", "shortcut.next"},
            new String[]{"K / ↑", "shortcut.previous"},
            new String[]{"V", "shortcut.verify"},
            new String[]{"X", "shortcut.reject"},
            new String[]{"U", "shortcut.unreviewed"},
            new String[]{"E / Enter", "shortcut.edit"},
            new String[]{"T", "shortcut.tag"},
            new String[]{"N", "shortcut.note"},
            new String[]{"H", "shortcut.history"},
            new String[]{"Delete", "shortcut.delete"},
            new String[]{"Delete", "shortcut.deleteReports"},
            new String[]{"A", "shortcut.add"},
            new String[]{"L", "shortcut.teach"},
            new String[]{"Ctrl+Z", "shortcut.undo"},
            new String[]{"Ctrl+Shift+Z / Ctrl+Y", "shortcut.redo"},
            new String[]{"Ctrl+F", "shortcut.search"},
            new String[]{"F1", "shortcut.help"});

    private ShortcutsDialog() {
    }

    public static void show(Window owner, Messages m) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        for (int i = 0; i < SHORTCUTS.size(); i++) {
            Label key = new Label(SHORTCUTS.get(i)[0]);
            key.getStyleClass().add("shortcut-key");
            grid.addRow(i, key, new Label(m.get(SHORTCUTS.get(i)[1])));
        }
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle(m.get("shortcut.title"));
        a.setHeaderText(m.get("shortcut.title"));
        a.getDialogPane().setContent(grid);
        a.show();
    }
}
