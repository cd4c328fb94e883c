package io.zhibiao.ui.catalog;

import io.zhibiao.ui.AppContext;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Tools ▸ Catalog: the store's indicator catalog in a window of its own beside the workbench. */
public final class CatalogWindow {
    private CatalogWindow() {
    }

    public static Stage show(Window owner, AppContext context) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(context.messages().get("catalog.title"));
        CatalogView view = new CatalogView(context);
        stage.setScene(new Scene(view, 1000, 600));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setOnCloseRequest(e -> view.model().cancelReextract());
        stage.setOnHidden(e -> view.model().dispose());
        stage.show();
        return stage;
    }
}
