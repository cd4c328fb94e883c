package io.zhibiao.ui;

import io.zhibiao.core.corpusview.CorpusNode;
import io.zhibiao.testing.SampleReports;
import io.zhibiao.ui.document.DocumentPaneView;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workbench in Chinese shows no English word outside data: the main window with a report open, its
 * menus and tooltips, and the dialogs an analyst opens on a first day (settings, export, keys, correction,
 * history, the document menu's correction, about).
 */
class ChineseUiTest {
    /** Latin words that are names, not English: formats, units and abbreviations a Chinese analyst writes so. */
    private static final Set<String> NAMES = Set.of("Excel", "Stata", "CSV", "csv", "JSON", "json", "xlsx", "txt", "md",
            "html", "htm", "docx", "pdf", "PDF", "Word", "GDP", "CPI", "PPI", "UTF", "GBK", "GB", "Ctrl", "Shift",
            "Delete", "Enter", "Esc", "F1", "Tab",
            // the version of a build from source (About)
            "dev");
    /** Paths (the store's, in About), file names (a backup's) and catalog codes (FAI, GDP_GROWTH) are data. */
    private static final Pattern DATA = Pattern.compile("(?:[A-Za-z]:)?[\\\\/]\\S+|[\\w.:-]+\\.(?:zip|xlsx|csv|txt|docx|pdf|md)\\b"
            + "|\\b[A-Z][A-Z0-9_]{2,}\\b");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z]+");

    @TempDir
    Path tmp;
    private WorkbenchRobot robot;
    private final Set<String> english = new TreeSet<>();
    private boolean historyCells;

    @BeforeEach
    void start() throws Exception {
        Path settings = tmp.resolve("store/settings.properties");
        Files.createDirectories(settings.getParent());
        Files.writeString(settings, "language=zh\nanalyst=审核员\n", StandardCharsets.UTF_8);
        robot = new WorkbenchRobot(tmp);
        robot.start();
    }

    @AfterEach
    void stop() throws Exception {
        robot.stop();
    }

    @Test
    void theMainWindowAndItsDialogsSayNothingInEnglish() throws Exception {
        DocumentPaneView pane = robot.openFromTree(SampleReports.HONGHU_2024);
        robot.clickOn(pane.table()).type(KeyCode.J);
        walkAll("main window");
        MenuBar bar = (MenuBar) robot.lookup(".menu-bar").query();
        bar.getMenus().forEach(menu -> walkMenu(menu, "menu"));
        menuItems(pane.table().getContextMenu().getItems(), "table menu");

        robot.clickOn(pane.regionSelector());
        WorkbenchRobot.waitUntil(5, () -> true);
        walkAll("region picker, open");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn(pane.table()).type(KeyCode.J);
        dialog(() -> robot.type(KeyCode.F1), "keys (F1)");
        dialog(() -> robot.clickOn(pane.table()).type(KeyCode.E), "correction (E)");
        // a verdict first, so that the history has a line: its action, field and values are words, not data
        robot.clickOn(pane.table()).type(KeyCode.V);
        WorkbenchRobot.waitUntil(10, () -> pane.model().indicators().stream()
                .anyMatch(i -> i.status() == io.zhibiao.core.store.ReviewStatus.VERIFIED));
        historyCells = true;
        dialog(() -> robot.clickOn(pane.table()).type(KeyCode.H), "history (H)");
        historyCells = false;
        dialog(() -> fire("#menu-settings"), "settings");
        dialog(() -> fire("#menu-export"), "export");
        dialog(() -> fire("#menu-about"), "about");
        dialog(() -> robot.interact(() -> pane.documentMenuButton().fire()), "document menu");

        assertTrue(english.isEmpty(), "English words in the Chinese workbench:\n" + String.join("\n", english));
    }

    @Test
    void theImportSummaryTrashCatalogAndBackupSayNothingInEnglish() throws Exception {
        // an import with a failure of each kind an analyst meets: a file it cannot read, an empty one, a duplicate
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path scan = Files.write(in.resolve("扫描件.pdf"), new byte[] {'%', 'P', 'D', 'F'});
        Path empty = Files.writeString(in.resolve("空白.txt"), "");
        Path again = Files.copy(SampleReports.path(SampleReports.HONGHU_2024), in.resolve("重复.txt"));
        robot.window().setFileSource(new FixedFiles(List.of(scan, empty, again), null));
        dialog(() -> fire("#menu-import-files"), "import summary");

        long honghu = robot.documentId(SampleReports.HONGHU_2024);
        var tree = robot.window().corpusView().tree();
        Runnable selectHonghu = () -> robot.interact(() -> {
            tree.getSelectionModel().clearSelection();
            tree.getSelectionModel().select(treeItem(tree.getRoot(), honghu));
            tree.requestFocus();
        });
        selectHonghu.run();
        dialog(() -> robot.type(KeyCode.DELETE), "delete confirmation");
        selectHonghu.run();
        robot.type(KeyCode.DELETE);
        WorkbenchRobot.waitUntil(20, () -> robot.lookup("#delete-confirmation").tryQuery().isPresent());
        robot.interact(() -> {
            DialogPane confirmation = robot.lookup("#delete-confirmation").queryAs(DialogPane.class);
            confirmation.getButtonTypes().stream()
                    .filter(t -> t.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                    .map(t -> (javafx.scene.control.Button) confirmation.lookupButton(t)).findFirst().orElseThrow().fire();
        });
        WorkbenchRobot.waitUntil(20, () -> robot.window().corpus().documents().size() == 2);
        dialog(() -> fire("#menu-trash"), "deleted reports");

        dialog(() -> fire("#menu-catalog"), "indicator catalog");
        dialog(() -> fire("#menu-backup-now"), "backup done");
        dialog(() -> fire("#menu-restore"), "restore");

        assertTrue(english.isEmpty(), "English words in the Chinese workbench:\n" + String.join("\n", english));
    }

    private static javafx.scene.control.TreeItem<CorpusNode> treeItem(javafx.scene.control.TreeItem<CorpusNode> item,
            long id) {
        if (item.getValue().isDocument() && item.getValue().documentId() == id) {
            return item;
        }
        for (var c : item.getChildren()) {
            var f = treeItem(c, id);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private void fire(String id) {
        // not in interact(): a dialog shown and waited for would hold it until closed
        javafx.application.Platform.runLater(
                () -> findItem(((MenuBar) robot.lookup(".menu-bar").query()).getMenus(), id.substring(1)).fire());
    }

    private static MenuItem findItem(List<? extends MenuItem> items, String id) {
        for (MenuItem i : items) {
            if (id.equals(i.getId())) {
                return i;
            }
            if (i instanceof Menu m) {
                MenuItem f = findItem(m.getItems(), id);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    /** Opens something, walks every window it shows, and closes them again with Escape. */
    private void dialog(Runnable open, String where) throws Exception {
        int before = showing().size();
        open.run();
        WorkbenchRobot.waitUntil(10, () -> showing().size() > before);
        walkAll(where);
        for (Window w : showing().subList(before, showing().size())) {
            if (w instanceof javafx.scene.control.ContextMenu menu) {
                menuItems(menu.getItems(), where);
            }
        }
        while (showing().size() > before) {
            Window top = showing().get(showing().size() - 1);
            robot.interact(() -> {
                if (top instanceof Stage s && s.getScene().getRoot() instanceof DialogPane) {
                    s.close();
                } else {
                    top.hide();
                }
            });
            WorkbenchRobot.waitUntil(5, () -> true);
        }
    }

    private static List<Window> showing() {
        return Window.getWindows().stream().filter(Window::isShowing).toList();
    }

    private void walkAll(String where) throws Exception {
        robot.interact(() -> showing().forEach(w -> walk(w.getScene().getRoot(), where)));
    }

    private void walkMenu(MenuItem item, String where) {
        check(item.getText(), where);
        if (item instanceof Menu m) {
            menuItems(m.getItems(), where);
        }
    }

    private void menuItems(List<MenuItem> items, String where) {
        items.forEach(i -> walkMenu(i, where));
    }

    private void walk(Node node, String where) {
        if (!node.isVisible() || node instanceof org.fxmisc.richtext.GenericStyledArea<?, ?, ?>
                || node.getStyleClass().contains("pane-subtitle")) {
            return;
        }
        // data: tree items (titles, file names), table cells (report values and names), the lists of pickers
        if (node instanceof TreeCell<?> || (node instanceof TableCell<?, ?> && !historyCells)
                || (node instanceof ListCell<?> c && c.getListView() != null) || node instanceof ListView<?>) {
            return;
        }
        if (node instanceof Labeled l) {
            check(l.getText(), where);
        } else if (node instanceof Text t && !(node.getParent() instanceof Labeled)) {
            check(t.getText(), where);
        }
        if (node instanceof TextInputControl t) {
            check(t.getPromptText(), where);
            if (!t.isEditable()) {
                check(t.getText(), where);
            }
        }
        if (node instanceof Control c && c.getTooltip() != null) {
            check(c.getTooltip().getText(), where);
        }
        if (node instanceof DialogPane d) {
            check(d.getHeaderText(), where);
            check(d.getContentText(), where);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> walk(c, where));
        }
    }

    private void check(String text, String where) {
        if (text == null) {
            return;
        }
        Matcher m = WORD.matcher(DATA.matcher(text).replaceAll(" "));
        while (m.find()) {
            if (!NAMES.contains(m.group())) {
                english.add(where + ": " + m.group() + " in \"" + text.replace('\n', ' ') + "\"");
            }
        }
    }
}
