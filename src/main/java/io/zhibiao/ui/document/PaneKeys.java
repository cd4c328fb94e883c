package io.zhibiao.ui.document;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Single-key review in a pane, as listed in the shortcuts dialog: J/K move, V verify, X reject,
 * U unreviewed, E or Enter edit, T tag, N note, H history, Delete delete, A add from the text selection,
 * L teach the catalog what the last correction, addition or rejection says.
 * Keys with a modifier are left to the menus (Ctrl+Z and the like).
 */
final class PaneKeys {
    private PaneKeys() {
    }

    static void install(DocumentPaneView view, PaneMenus menus) {
        DocumentPaneViewModel model = view.model();
        view.table().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            boolean handled = true;
            switch (e.getCode()) {
                case J -> model.step(+1, view.table().getItems());
                case K -> model.step(-1, view.table().getItems());
                case V -> model.review().verify();
                case X -> model.review().reject();
                case U -> model.review().markUnreviewed();
                case E, ENTER -> menus.edit();
                case T -> menus.tag();
                case N -> menus.note();
                case H -> menus.history();
                case L -> menus.teach();
                case DELETE, BACK_SPACE -> model.review().delete();
                default -> handled = false;
            }
            if (handled) {
                e.consume();
            }
        });
        view.textArea().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.A && !e.isShortcutDown() && !e.isAltDown()) {
                menus.addFromSelection();
                e.consume();
            } else if (e.getCode() == KeyCode.L && !e.isShortcutDown() && !e.isAltDown()) {
                menus.teach();
                e.consume();
            }
        });
    }
}
