package io.zhibiao.ui.common;

import javafx.scene.control.TextField;
import org.controlsfx.control.SearchableComboBox;

/**
 * The hint in a searchable picker's search field in the workbench's language: ControlsFX writes
 * "Search..." and has no Chinese.
 */
public final class SearchPrompt {
    private SearchPrompt() {
    }

    public static void set(SearchableComboBox<?> box, Messages m) {
        String prompt = m.get("picker.search");
        box.skinProperty().addListener((o, was, skin) -> {
            if (skin != null && skin.getNode() instanceof javafx.scene.Parent p) {
                p.getChildrenUnmodifiable().stream().filter(TextField.class::isInstance)
                        .forEach(f -> ((TextField) f).setPromptText(prompt));
            }
        });
    }
}
