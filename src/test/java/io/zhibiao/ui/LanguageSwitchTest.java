package io.zhibiao.ui;

import io.zhibiao.testing.SampleReports;
import io.zhibiao.ui.document.DocumentPaneView;
import io.zhibiao.ui.main.MainWindow;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Switching the language rebuilds the window with the analyst's filter, tab and place in each report kept. */
class LanguageSwitchTest {
    @TempDir
    Path tmp;

    @Test
    void filterTabAndSelectedRowSurviveALanguageSwitch() throws Exception {
        WorkbenchRobot robot = new WorkbenchRobot(tmp);
        robot.start();
        try {
            MainWindow before = robot.window();
            DocumentPaneView pane = robot.openFromTree(SampleReports.HONGHU_2024);
            long row = pane.table().getItems().get(pane.table().getItems().size() - 5).id();
            robot.interact(() -> {
                pane.model().selectedProperty().set(pane.model().indicators().stream().filter(i -> i.id() == row)
                        .findFirst().orElseThrow());
                before.corpusView().filterField().setText("洪湖");
                before.analysis().getSelectionModel().select(2);
            });

            javafx.application.Platform.runLater(() -> settingsItem(before).fire());
            WorkbenchRobot.waitUntil(10, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
            DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            robot.interact(() -> {
                @SuppressWarnings("unchecked")
                ComboBox<Locale> language = (ComboBox<Locale>) dialog.lookup(".combo-box");
                language.setValue(Locale.SIMPLIFIED_CHINESE);
                ((Button) dialog.lookupButton(ButtonType.OK)).fire();
            });
            WorkbenchRobot.waitUntil(20, () -> robot.window() != before && robot.window().panes().panes().size() == 1);
            MainWindow after = robot.window();
            DocumentPaneView again = after.panes().panes().get(0);
            WorkbenchRobot.waitUntil(20, () -> again.model().selectedProperty().get() != null);

            assertEquals("洪湖", after.corpusView().filterField().getText());
            assertEquals(2, after.analysis().getSelectionModel().getSelectedIndex());
            assertEquals(row, again.model().selectedProperty().get().id());
        } finally {
            robot.stop();
        }
    }

    private static MenuItem settingsItem(MainWindow window) {
        MenuBar bar = (MenuBar) ((javafx.scene.layout.VBox) window.getTop()).getChildren().get(0);
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if ("menu-settings".equals(item.getId())) {
                    return item;
                }
            }
        }
        throw new AssertionError("no Settings item");
    }
}
