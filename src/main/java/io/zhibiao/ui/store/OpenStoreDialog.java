package io.zhibiao.ui.store;

import io.zhibiao.core.store.StoreAddress;
import io.zhibiao.core.store.StoreException;
import io.zhibiao.ui.common.Messages;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * File ▸ Open store…: a folder holding a store file (or one to make a new store in), or a team store's URL.
 * The dialog stays open with the reason when the text names neither; it returns the address to open.
 */
final class OpenStoreDialog extends Dialog<StoreAddress> {
    /** The store file's name inside a chosen folder, as the default store is named. */
    private static final String STORE_NAME = "zhibiao";

    private final TextField address = new TextField();
    private final Label problem = new Label();

    OpenStoreDialog(Window owner, Messages m, String current) {
        initOwner(owner);
        setTitle(m.get("openStore.title"));
        setHeaderText(m.get("openStore.header"));
        address.setId("open-store-address");
        address.setPrefColumnCount(40);
        address.setText(current);
        address.setPromptText(m.get("openStore.prompt"));
        Button folder = new Button(m.get("openStore.folder"));
        folder.setId("open-store-folder");
        folder.setOnAction(e -> chooseFolder(m));
        problem.setId("open-store-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(520);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(m.get("openStore.address")), address, folder);
        GridPane.setHgrow(address, Priority.ALWAYS);
        grid.add(problem, 0, 1, 3, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("open-store-ok");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (parsed(m).isEmpty()) {
                e.consume();
            }
        });
        setResultConverter(button -> button == ButtonType.OK ? parsed(m).orElse(null) : null);
    }

    /** The address the field names, or empty with the reason shown under it. */
    private Optional<StoreAddress> parsed(Messages m) {
        String text = address.getText() == null ? "" : address.getText().strip();
        if (text.isEmpty()) {
            problem.setText(m.get("openStore.empty"));
            return Optional.empty();
        }
        try {
            StoreAddress parsed = StoreAddress.parse(text);
            if (!parsed.isTeam() && Files.isDirectory(Path.of(text))) {
                parsed = StoreAddress.file(Path.of(text).resolve(STORE_NAME));
            }
            problem.setText("");
            return Optional.of(parsed);
        } catch (StoreException | java.nio.file.InvalidPathException e) {
            problem.setText(m.format("openStore.invalid", e.getMessage()));
            return Optional.empty();
        }
    }

    private void chooseFolder(Messages m) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(m.get("openStore.folder"));
        File chosen = chooser.showDialog(getDialogPane().getScene().getWindow());
        if (chosen != null) {
            address.setText(chosen.getAbsolutePath());
        }
    }
}
