package io.zhibiao.ui;

import io.zhibiao.core.backup.Backup;
import io.zhibiao.core.backup.Backups;
import io.zhibiao.core.backup.Restored;
import io.zhibiao.core.settings.Settings;
import io.zhibiao.core.store.DamagedStoreException;
import io.zhibiao.core.store.StoreFile;
import io.zhibiao.ui.backup.BackupText;
import io.zhibiao.ui.backup.DamagedStoreDialog;
import io.zhibiao.ui.common.BackgroundTasks;
import io.zhibiao.ui.common.Messages;
import io.zhibiao.ui.common.Tasks;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/**
 * A start on a store file that is empty or cannot be read: no window, no samples, no daily backup over
 * it. The dialog offers the newest backups; the chosen one is restored in the background (the file as it
 * was kept beside the store), the store opened on it, and the start goes on from there. Or the analyst
 * quits, and the file is as it was.
 */
final class DamagedStoreStart {
    private static final Logger LOG = LoggerFactory.getLogger(DamagedStoreStart.class);

    /** The backup in place and the store opened on it. */
    record Ready(Restored restored, EarlyStart.Opened opened) {
    }

    private final DamagedStoreException problem;
    private final Path location;
    private final Settings settings;
    private final Backups backups;
    private final List<Backup> newest;

    private DamagedStoreStart(DamagedStoreException problem, Path location, Settings settings, Backups backups,
                              List<Backup> newest) {
        this.problem = problem;
        this.location = location;
        this.settings = settings;
        this.backups = backups;
        this.newest = newest;
    }

    /** Reads the settings and lists the backups; off the JavaFX thread, in the application's init. */
    static DamagedStoreStart of(DamagedStoreException problem, Path db) {
        Path location = StoreFile.location(db);
        Settings settings = Settings.load(location.resolveSibling("settings.properties"));
        Backups backups = new Backups(location, settings.backupsToKeep());
        return new DamagedStoreStart(problem, location, settings, backups, backups.list());
    }

    Settings settings() {
        return settings;
    }

    /**
     * Shows the dialog and returns at once. {@code started} gets the opened store once a backup is in
     * place, on the JavaFX thread; Quit ends the application.
     */
    void show(BackgroundTasks tasks, AppOptions options, Consumer<Ready> started) {
        Messages m = new Messages(settings.language());
        Ready[] ready = new Ready[1];
        DamagedStoreDialog dialog = new DamagedStoreDialog(null, m, problem, location, backups.folder().toString(),
                newest, backup -> Tasks.run(tasks, () -> {
                    Restored restored = backups.restore(backup.file());
                    LOG.info("Restored {} in place of the store file that could not be read; that file is kept as {}",
                            backup.file(), restored.damagedKept().map(Path::toString).orElse("-"));
                    return new Ready(restored, EarlyStart.take(options));
                }, r -> ready[0] = r));
        // no implicit exit in the moment between the dialog closing and the window opening
        boolean implicitExit = Platform.isImplicitExit();
        Platform.setImplicitExit(false);
        dialog.setOnHidden(e -> {
            if (Boolean.TRUE.equals(dialog.getResult()) && ready[0] != null) {
                started.accept(ready[0]);
                Platform.setImplicitExit(implicitExit);
            } else if (Boolean.FALSE.equals(dialog.getResult())) {
                Platform.exit(); // Quit, or the dialog's close box; no result: hidden as the application stops
            }
        });
        dialog.show();
    }

    /** Tells the analyst, over the window now open, which backup is in place and where the old file is. */
    void restored(Ready ready, Window owner) {
        Messages m = new Messages(settings.language());
        Restored r = ready.restored();
        Alert done = new Alert(Alert.AlertType.INFORMATION, m.format("damaged.restored",
                BackupText.takenAt(r.restored(), ZoneId.systemDefault()),
                r.damagedKept().map(Path::toString).orElse("-")));
        done.setHeaderText(null);
        done.setTitle(m.get("backup.title"));
        done.initOwner(owner);
        done.show();
    }
}
