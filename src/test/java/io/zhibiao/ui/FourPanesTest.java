package io.zhibiao.ui;

import io.zhibiao.testing.SampleReports;
import io.zhibiao.ui.document.DocumentPaneView;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Four reports side by side on a 1600-pixel-wide window: every pane whole, and a fifth refused in words. */
class FourPanesTest {
    private static final String[] REPORTS = {SampleReports.XIANNING_2023, SampleReports.HONGHU_2024,
            SampleReports.XIANNING_2024_SUMMARY, SampleReports.XIANNING_2023};

    @TempDir
    Path tmp;
    private WorkbenchRobot robot;
    private Stage stage;

    @BeforeEach
    void start() throws Exception {
        robot = new WorkbenchRobot(tmp);
        robot.start();
        stage = FxToolkit.toolkitContext().getRegisteredStage();
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1600);
            stage.setHeight(1000);
        });
    }

    @AfterEach
    void stop() throws Exception {
        robot.stop();
    }

    @Test
    void fourPanesFitWithTheirButtonsValuesAndYearsWhole() throws Exception {
        for (int n = 1; n <= 4; n++) {
            robot.openFromTree(REPORTS[n - 1]);
            settle();
            for (DocumentPaneView pane : robot.window().panes().panes()) {
                for (Node button : List.of(pane.documentMenuButton(), pane.moveLeftButton(), pane.moveRightButton(),
                        pane.closeButton(), pane.yearSelector(), pane.regionSelector())) {
                    assertInside(button, pane, n + " panes");
                    assertInside(button, stage.getScene().getRoot(), n + " panes");
                }
                assertTrue(shownText(pane.yearSelector()).matches("20\\d\\d"),
                        n + " panes: the year picker shows " + shownText(pane.yearSelector()));
                List<String> cut = truncated(pane);
                assertTrue(cut.isEmpty(), n + " panes: cut labels " + cut);
                assertValueColumnVisible(pane, n);
            }
        }
    }

    @Test
    void theDocumentMenuOfTheLastPaneOpensInsideTheWindow() throws Exception {
        for (String report : REPORTS) {
            robot.openFromTree(report);
        }
        settle();
        DocumentPaneView last = robot.window().panes().panes().get(3);
        robot.clickOn(last.documentMenuButton());
        WorkbenchRobot.waitUntil(5, () -> Window.getWindows().stream().anyMatch(w -> w instanceof ContextMenu && w.isShowing()));
        Window menu = Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing()).findFirst().orElseThrow();
        assertTrue(menu.getX() >= stage.getX() && menu.getX() + menu.getWidth() <= stage.getX() + stage.getWidth(),
                "menu " + menu.getX() + "+" + menu.getWidth() + " in window " + stage.getX() + "+" + stage.getWidth());
        robot.interact(menu::hide);
    }

    @Test
    void aFifthPaneThatWouldNotFitIsRefusedWithAMessage() throws Exception {
        for (String report : REPORTS) {
            robot.openFromTree(report);
        }
        settle();
        long id = robot.documentId(SampleReports.HONGHU_2024);
        robot.interact(() -> {
            var tree = robot.window().corpusView().tree();
            tree.getSelectionModel().select(find(tree.getRoot(), id));
            tree.requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WorkbenchRobot.waitUntil(5, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String message = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText();
        assertTrue(message.contains("5") || message.contains("fifth") || message.contains("not fit"), message);
        assertEquals(4, robot.window().panes().panes().size());
    }

    private void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> { });
            WorkbenchRobot.waitUntil(5, () -> true);
        }
    }

    private static javafx.scene.control.TreeItem<io.zhibiao.core.corpusview.CorpusNode> find(
            javafx.scene.control.TreeItem<io.zhibiao.core.corpusview.CorpusNode> item, long id) {
        if (item.getValue().isDocument() && item.getValue().documentId() == id) {
            return item;
        }
        for (var c : item.getChildren()) {
            var f = find(c, id);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static void assertInside(Node node, Node container, String when) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        Bounds c = container.localToScene(container.getBoundsInLocal());
        assertTrue(node.isVisible() && b.getMinX() >= c.getMinX() - 0.5 && b.getMaxX() <= c.getMaxX() + 0.5,
                when + ": " + node + " at " + b.getMinX() + "–" + b.getMaxX() + " outside " + c.getMinX() + "–" + c.getMaxX());
    }

    private static void assertValueColumnVisible(DocumentPaneView pane, int n) {
        TableColumnHeader header = (TableColumnHeader) pane.table().lookupAll(".column-header").stream()
                .filter(h -> h instanceof TableColumnHeader t && t.getTableColumn() != null
                        && "value".equals(t.getTableColumn().getUserData())).findFirst()
                .orElseThrow(() -> new AssertionError(n + " panes: no value column header"));
        javafx.scene.control.TableColumnBase<?, ?> column = header.getTableColumn();
        assertTrue(column.isVisible(), "value column hidden");
        Bounds h = header.localToScene(header.getBoundsInLocal());
        Bounds t = pane.table().localToScene(pane.table().getBoundsInLocal());
        assertTrue(h.getMaxX() <= t.getMaxX() && h.getMinX() >= t.getMinX(),
                n + " panes: value column at " + h.getMinX() + "–" + h.getMaxX() + ", table " + t.getMinX() + "–" + t.getMaxX());
    }

    /** The text a picker's closed button shows. */
    private static String shownText(Node picker) {
        return ((Parent) picker).lookupAll(".list-cell").stream().filter(Node::isVisible)
                .map(c -> displayed((Labeled) c)).filter(s -> s != null && !s.isEmpty()).findFirst().orElse("");
    }

    private static String displayed(Labeled l) {
        return l.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(t -> ((Text) t).getText())
                .findFirst().orElse(null);
    }

    /**
     * Labels, buttons, pickers and column titles of the pane's header, filter bar and table header whose
     * text shows cut ("unrevie…"), and the status cells; the indicator names and the report's title are
     * report text and may be cut (the title's tooltip shows it whole).
     */
    private static List<String> truncated(DocumentPaneView pane) {
        List<String> cut = new ArrayList<>();
        collect(pane, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof javafx.scene.control.TableCell<?, ?> cell) {
            if (cell.getTableColumn() == null || !"status".equals(cell.getTableColumn().getUserData())) {
                return;
            }
        }
        if (node instanceof org.fxmisc.richtext.GenericStyledArea<?, ?, ?> || node.getStyleClass().contains("pane-subtitle")) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            String shown = displayed(l);
            if (shown != null && !shown.equals(l.getText())) {
                cut.add(l.getText() + " → " + shown);
            }
        }
        if (node instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, cut);
            }
        }
    }
}
