package io.zhibiao.ui;

import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An error nobody caught on the JavaFX thread opens one error dialog, however often it repeats; its
 * diagnostics go to the clipboard; Help ▸ Open log folder shows the folder's path where no file manager
 * can be asked, as on this headless system.
 */
class ErrorReportingTest {
    private static final String FAILURE = "robot-made failure in a click handler";
    @TempDir
    Path tmp;
    private WorkbenchRobot robot;

    @BeforeEach
    void start() throws Exception {
        robot = new WorkbenchRobot(tmp);
        robot.start();
    }

    @AfterEach
    void stop() throws Exception {
        robot.stop();
    }

    @Test
    void anUncaughtErrorOpensOneDialogWhoseDiagnosticsGoToTheClipboard() throws Exception {
        Runnable failing = () -> {
            throw new IllegalStateException(FAILURE);
        };
        for (int i = 0; i < 5; i++) {
            Platform.runLater(failing);
        }
        WorkbenchRobot.waitUntil(10, () -> dialogs("#error-dialog").size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs("#error-dialog").size(), "a burst of the same error opens one dialog");
        DialogPane pane = dialogs("#error-dialog").get(0);
        assertEquals("Something went wrong", pane.getHeaderText());
        assertTrue(pane.getContentText().contains("java.lang.IllegalStateException: " + FAILURE + " (5 times)"),
                pane.getContentText());
        TextArea details = (TextArea) pane.getExpandableContent();
        assertTrue(details.getText().contains("\tat io.zhibiao.ui.ErrorReportingTest"), details.getText());

        robot.clickOn("#error-copy-diagnostics");
        String copied = clipboard();
        for (String expected : List.of("Zhibiao diagnostics", "Version: ", "OS: " + System.getProperty("os.name"),
                "Java: " + System.getProperty("java.version"), "JavaFX: 21.", "Store: H2 file "
                        + robot.db().resolveSibling("zhibiao.mv.db"), "Log folder: " + robot.db().resolveSibling("logs"),
                "Uncaught exception in thread JavaFX Application Thread",
                "java.lang.IllegalStateException: " + FAILURE, "\tat io.zhibiao.ui.ErrorReportingTest")) {
            assertTrue(copied.contains(expected), "diagnostics hold " + expected + ":\n" + copied);
        }
        assertTrue(copied.contains("Workbench starting on the store"), "the log lines before the error:\n" + copied);
        assertTrue(pane.isVisible() && pane.getScene().getWindow().isShowing(), "copying leaves the dialog open");

        String log = Files.readString(robot.db().resolveSibling("logs").resolve("zhibiao-0.log"));
        assertEquals(1, log.split("Uncaught exception in thread", -1).length - 1,
                "the burst's stack trace is logged once:\n" + log);

        robot.clickOn("Close");
        WorkbenchRobot.waitUntil(5, () -> dialogs("#error-dialog").isEmpty());
        // Off the JavaFX thread, through the default handler.
        new Thread(() -> {
            throw new UnsupportedOperationException("another failure");
        }, "robot-worker").start();
        WorkbenchRobot.waitUntil(10, () -> dialogs("#error-dialog").size() == 1);
        assertTrue(dialogs("#error-dialog").get(0).getContentText().contains("another failure"));
        assertTrue(((TextArea) dialogs("#error-dialog").get(0).getExpandableContent()).getText()
                .startsWith("Thread robot-worker, once:"));
        assertFalse(dialogs("#error-dialog").get(0).getContentText().contains(FAILURE),
                "a closed dialog's errors do not come back");
    }

    @Test
    void helpOpenLogFolderShowsThePathWhereNoFileManagerCanBeAsked() throws Exception {
        robot.clickOn("Help").clickOn("Open log folder");
        WorkbenchRobot.waitUntil(10, () -> dialogs("#log-folder-dialog").size() == 1);
        Path folder = robot.db().resolveSibling("logs");
        TextField path = (TextField) dialogs("#log-folder-dialog").get(0).lookup("#log-folder-path");
        assertEquals(folder.toString(), path.getText());
        assertTrue(Files.isDirectory(folder));
        robot.clickOn("#log-folder-copy");
        assertEquals(folder.toString(), clipboard());
        robot.clickOn("Close");
        WorkbenchRobot.waitUntil(5, () -> dialogs("#log-folder-dialog").isEmpty());
    }

    private List<DialogPane> dialogs(String id) {
        return robot.listWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene().getRoot().lookup(id))
                .filter(n -> n instanceof DialogPane).map(n -> (DialogPane) n).toList();
    }

    private String clipboard() {
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> text.set(Clipboard.getSystemClipboard().getString()));
        return text.get();
    }
}
