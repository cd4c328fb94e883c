package io.zhibiao.ui.main;

import io.zhibiao.core.AppVersion;
import io.zhibiao.core.logging.LogFolder;
import io.zhibiao.core.review.StaleChangeException;
import io.zhibiao.ui.AppContext;
import io.zhibiao.ui.catalog.CatalogWindow;
import io.zhibiao.ui.common.Messages;
import io.zhibiao.ui.common.Tasks;
import io.zhibiao.ui.common.SystemOpener;
import io.zhibiao.ui.error.LogFolderAction;
import io.zhibiao.ui.review.ShortcutsDialog;
import io.zhibiao.ui.review.StaleChangeWords;
import io.zhibiao.ui.settings.SettingsDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** The workbench's menu bar: File, Edit, View and Help, acting on the window they belong to. */
final class MainMenus {
    private final AppContext context;
    private final Messages m;
    private final MainWindow window;
    private final Runnable settingsApplied;
    private final boolean canRestore;

    MainMenus(AppContext context, MainWindow window, Runnable settingsApplied, boolean canRestore) {
        this.canRestore = canRestore;
        this.context = context;
        this.m = context.messages();
        this.window = window;
        this.settingsApplied = settingsApplied;
    }

    MenuBar bar() {
        return new MenuBar(fileMenu(), editMenu(), viewMenu(), helpMenu());
    }

    private Menu fileMenu() {
        MenuItem openStore = new MenuItem(m.get("menu.file.openStore"));
        openStore.setId("menu-open-store");
        openStore.setDisable(!canRestore);
        openStore.setOnAction(e -> window.openStore());
        MenuItem importFiles = new MenuItem(m.get("menu.file.importFiles"));
        importFiles.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        importFiles.setOnAction(e -> window.chooseFiles());
        MenuItem importFolder = new MenuItem(m.get("menu.file.importFolder"));
        importFolder.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+O"));
        importFolder.setOnAction(e -> window.chooseFolder());
        MenuItem export = new MenuItem(m.get("menu.file.export"));
        export.setId("menu-export");
        export.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        export.setOnAction(e -> window.exporter().start());
        MenuItem trash = new MenuItem(m.get("menu.file.trash"));
        trash.setId("menu-trash");
        trash.setOnAction(e -> new io.zhibiao.ui.trash.TrashDialog(context, window::window, window::error).show());
        MenuItem exportWork = new MenuItem(m.get("menu.file.exportWork"));
        exportWork.setId("menu-export-work");
        exportWork.setOnAction(e -> window.portableWork().startExport());
        MenuItem importWork = new MenuItem(m.get("menu.file.importWork"));
        importWork.setId("menu-import-work");
        importWork.setOnAction(e -> window.portableWork().startImport());
        MenuItem catalog = new MenuItem(m.get("menu.file.catalog"));
        catalog.setId("menu-catalog");
        catalog.setOnAction(e -> CatalogWindow.show(window.window(), context));
        MenuItem settings = new MenuItem(m.get("menu.file.settings"));
        settings.setId("menu-settings");
        settings.setOnAction(e -> SettingsDialog.edit(window.window(), m, context.settings(), context.store().user())
                .ifPresent(languageChanged -> settingsApplied.run()));
        MenuItem backUp = new MenuItem(m.get("menu.file.backUpNow"));
        backUp.setId("menu-backup-now");
        backUp.setOnAction(e -> window.backups().backUpNow());
        // a team store is backed up on its server (pg_dump); the store's own backups are of a file
        boolean teamStore = context.store().server().isPresent();
        backUp.setDisable(teamStore);
        MenuItem restore = new MenuItem(m.get("menu.file.restore"));
        restore.setId("menu-restore");
        restore.setDisable(!canRestore || teamStore);
        restore.setOnAction(e -> window.backups().chooseAndRestore());
        MenuItem quit = new MenuItem(m.get("menu.file.quit"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> window.getScene().getWindow().hide());
        Menu file = new Menu(m.get("menu.file"), null, openStore, new SeparatorMenuItem(), importFiles, importFolder, new SeparatorMenuItem(), export,
                new SeparatorMenuItem(), trash, new SeparatorMenuItem(), exportWork, importWork, new SeparatorMenuItem(), backUp, restore,
                new SeparatorMenuItem(), catalog, settings,
                new SeparatorMenuItem(), quit);
        file.setId("menu-file");
        importFiles.setId("menu-import-files");
        return file;
    }

    /** Undo and redo, labelled with what they will undo ("Undo Verify 3 indicators"). */
    private Menu editMenu() {
        MenuItem undo = new MenuItem(m.get("menu.edit.undo"));
        undo.setId("menu-undo");
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        undo.setOnAction(e -> runReview(() -> context.review().history().undo()));
        MenuItem redo = new MenuItem(m.get("menu.edit.redo"));
        redo.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+Z"));
        redo.setOnAction(e -> runReview(() -> context.review().history().redo()));
        MenuItem redoY = new MenuItem(m.get("menu.edit.redo"));
        redoY.setAccelerator(KeyCombination.keyCombination("Shortcut+Y"));
        redoY.setVisible(false);
        redoY.setOnAction(redo.getOnAction());
        Menu edit = new Menu(m.get("menu.edit"), null, undo, redo, redoY);
        edit.setOnShowing(e -> {
            var h = context.review().history();
            undo.setDisable(!h.canUndo());
            redo.setDisable(!h.canRedo());
            undo.setText(h.canUndo() ? m.format("menu.edit.undoWhat", UndoLabels.of(h.nextUndo().orElseThrow(), m))
                    : m.get("menu.edit.undo"));
            redo.setText(h.canRedo() ? m.format("menu.edit.redoWhat", UndoLabels.of(h.nextRedo().orElseThrow(), m))
                    : m.get("menu.edit.redo"));
        });
        return edit;
    }

    /**
     * Undo or redo; one refused because someone changed its rows since says who changed what, in words, and
     * the panes show the stored rows again.
     */
    private void runReview(Callable<?> action) {
        Tasks.run(context.tasks(), action, done -> { }, failure -> {
            if (failure instanceof StaleChangeException refused) {
                window.refreshAll();
                window.error(refused.changes().stream().map(c -> StaleChangeWords.explain(m, c))
                        .collect(Collectors.joining("\n")));
            } else {
                window.error(Tasks.message(failure));
            }
        });
    }

    private Menu viewMenu() {
        MenuItem find = new MenuItem(m.get("menu.view.search"));
        find.setAccelerator(KeyCombination.keyCombination("Shortcut+F"));
        find.setOnAction(e -> window.analysis().focusSearch());
        MenuItem compare = new MenuItem(m.get("menu.view.compare"));
        compare.setOnAction(e -> window.analysis().showCompare());
        MenuItem closeAll = new MenuItem(m.get("menu.view.closeAllPanes"));
        closeAll.setOnAction(e -> window.panes().closeAll());
        return new Menu(m.get("menu.view"), null, find, compare, closeAll);
    }

    private Menu helpMenu() {
        MenuItem shortcuts = new MenuItem(m.get("menu.help.shortcuts"));
        shortcuts.setAccelerator(KeyCombination.keyCombination("F1"));
        shortcuts.setOnAction(e -> ShortcutsDialog.show(window.window(), m));
        MenuItem about = new MenuItem(m.get("menu.help.about"));
        about.setId("menu-about");
        about.setOnAction(e -> window.info(m.format("about.text", AppVersion.current(),
                context.store().location())));
        MenuItem logs = new MenuItem(m.get("menu.help.openLogFolder"));
        logs.setId("menu-open-log-folder");
        logs.setOnAction(e -> new LogFolderAction(m, context.tasks(), window.window(), SystemOpener.DESKTOP)
                .open(LogFolder.beside(context.store().location())));
        Menu help = new Menu(m.get("menu.help"), null, shortcuts, logs, about);
        help.setId("menu-help");
        return help;
    }
}
