package io.zhibiao.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.skin.ComboBoxListViewSkin;

/**
 * A combo box skin that keeps its drop-down list out of the scene until the list is first shown.
 * The stock skin parks the list, hidden, among the combo box's children so that it is styled in
 * advance: two dozen nodes per combo box that every new pane styled and laid out without showing
 * them, a third of a pane's nodes. Here the list is styled on the first open instead, exactly as the
 * stock skin would have it by then.
 */
public class LazyPopupComboBoxSkin<T> extends ComboBoxListViewSkin<T> {
    public LazyPopupComboBoxSkin(ComboBox<T> control) {
        super(control);
        getChildren().remove(getPopupContent());
    }

    @Override
    public void show() {
        Node list = getPopupContent();
        if (list.getParent() == null) {
            getChildren().add(list);
            list.applyCss();
        }
        super.show();
    }
}
