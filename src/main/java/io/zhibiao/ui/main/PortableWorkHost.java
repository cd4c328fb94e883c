package io.zhibiao.ui.main;

import io.zhibiao.ui.portable.PortableWorkFlow;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.stage.Window;

import java.nio.file.Path;

/** Lends the portable-work flow the main window's file dialogs, status bar, refresh and messages. */
final class PortableWorkHost implements PortableWorkFlow.Host {
    private final MainWindow window;

    PortableWorkHost(MainWindow window) {
        this.window = window;
    }

    @Override
    public Window window() {
        return window.window();
    }

    @Override
    public Path chooseSaveFile(String title, String suggestedName) {
        return window.fileSource().chooseSaveFile(window.window(), title, suggestedName);
    }

    @Override
    public Path chooseWorkFile(String title) {
        return window.fileSource().chooseWorkFile(window.window(), title);
    }

    @Override
    public void track(Task<?> task, Runnable ended) {
        window.track(task, ended);
    }

    @Override
    public void refreshAll() {
        window.refreshAll();
    }

    @Override
    public void info(String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text);
        a.setHeaderText(null);
        a.setTitle(title);
        a.initOwner(window.window());
        a.getDialogPane().setId("work-summary");
        a.show();
    }

    @Override
    public void error(String text) {
        window.error(text);
    }
}
