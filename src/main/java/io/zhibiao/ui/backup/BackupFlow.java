package io.zhibiao.ui.backup;

import io.zhibiao.core.backup.Backup;
import io.zhibiao.core.backup.Backups;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.ui.AppContext;
import io.zhibiao.ui.common.Messages;
import io.zhibiao.ui.common.Tasks;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.ZoneId;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * File ▸ Back up now and File ▸ Restore from backup, and the daily backup at start.
 *
 * <p>A restore replaces the store file, which the running workbench holds open. It therefore closes the
 * store, restores, opens the store again and has the application build a fresh window on it (the same
 * way a change of language does), so every view shows the restored content and nothing keeps rows of the
 * replaced store. Undo history is cleared, as it refers to changes the restore took away; the analyst is
 * told so before confirming. The store as it was is saved first as a "before restore" backup.
 */
public final class BackupFlow {
    private static final Logger LOG = LoggerFactory.getLogger(BackupFlow.class);

    private final AppContext context;
    private final Messages m;
    private final Node root;
    private final BooleanSupplier busy;
    private final Consumer<AppContext> reopened;

    /**
     * @param root     the window's content, disabled while the store is swapped
     * @param busy     whether an import or export is running (a restore must wait for it)
     * @param reopened builds the window anew on the context of the reopened store
     */
    public BackupFlow(AppContext context, Node root, BooleanSupplier busy, Consumer<AppContext> reopened) {
        this.context = context;
        this.m = context.messages();
        this.root = root;
        this.busy = busy;
        this.reopened = reopened;
    }

    private Backups backups() {
        return new Backups(context.store().location(), context.settings().backupsToKeep());
    }

    /** Backs the store up in the background and names the file in a notification; returns the task. */
    public Task<Backup> backUpNow() {
        Backups backups = backups();
        return Tasks.run(context.tasks(), () -> backups.backUp(context.store()),
                b -> notify(window(), m, m.format("backup.done", b.fileName()), false),
                failure -> notify(window(), m, m.format("backup.failed", Tasks.message(failure)), true));
    }

    /** Lists the backups in the background, then lets the analyst choose and confirm one. */
    public void chooseAndRestore() {
        if (busy.getAsBoolean()) {
            error(window(), m.get("backup.restore.busy"));
            return;
        }
        Backups backups = backups();
        Tasks.run(context.tasks(), backups::list,
                list -> RestoreDialog.choose(window(), m, list, backups.folder().toString()).ifPresent(this::restore),
                failure -> error(window(), Tasks.message(failure)));
    }

    /** Restores {@code backup} into the running workbench (see the class comment); returns the task. */
    public Task<StoreSwap.Result> restore(Backup backup) {
        Window owner = window();
        Backups backups = backups();
        root.setDisable(true);
        return Tasks.run(context.tasks(), () -> StoreSwap.restore(context.store(), backups, backup.file()),
                result -> {
                    AppContext fresh = new AppContext(result.store(), m, context.tasks(), result.regions(),
                            context.settings(), new ReviewService(result.store(),
                                    result.store().analyst(context.settings().analyst())));
                    reopened.accept(fresh);
                    if (result.failure() != null) {
                        error(owner, m.format("backup.restore.failed", Tasks.message(result.failure())));
                    } else if (result.restored().damagedKept().isPresent()) {
                        info(owner, m.format("damaged.restored", BackupText.takenAt(backup, ZoneId.systemDefault()),
                                result.restored().damagedKept().get()));
                    } else {
                        String done = m.format("backup.restore.done", BackupText.takenAt(backup, ZoneId.systemDefault()),
                                result.restored().previousState().map(Backup::fileName).orElse("-"));
                        info(owner, result.restored().fromScript() ? done + "\n\n" + m.get("backup.restore.fromScript") : done);
                    }
                },
                failure -> {
                    LOG.error("The store could not be opened again after a restore", failure);
                    Alert a = new Alert(Alert.AlertType.ERROR, m.format("backup.restore.reopenFailed",
                            Tasks.message(failure), backups.folder()));
                    a.setHeaderText(null);
                    a.initOwner(owner);
                    a.showAndWait();
                    Platform.exit();
                });
    }

    /**
     * Takes the daily backup {@code delay} after start, in the background, so it never slows the start; a
     * failure is logged and shown as a notification, never in the way of work.
     */
    public static void scheduleDaily(Supplier<AppContext> context, Supplier<Window> owner, Duration delay) {
        PauseTransition wait = new PauseTransition(delay);
        wait.setOnFinished(e -> {
            AppContext c = context.get();
            if (c == null || c.store().isClosed() || c.store().server().isPresent()) {
                return; // a team store is backed up on its server (pg_dump)
            }
            Backups backups = new Backups(c.store().location(), c.settings().backupsToKeep());
            Tasks.run(c.tasks(), () -> backups.dailyIfDue(c.store()),
                    made -> made.ifPresent(b -> LOG.info("Daily backup written to {}", b.file())),
                    failure -> {
                        LOG.warn("The daily backup failed: {}", failure.getMessage());
                        notify(owner.get(), c.messages(), c.messages().format("backup.daily.failed",
                                Tasks.message(failure)), true);
                    });
        });
        wait.play();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private static void notify(Window owner, Messages m, String text, boolean error) {
        Notifications n = Notifications.create().title(m.get("backup.title")).text(text)
                .hideAfter(Duration.seconds(error ? 15 : 6));
        if (owner != null) {
            n.owner(owner);
        }
        if (error) {
            n.showError();
        } else {
            n.showInformation();
        }
    }

    private void info(Window owner, String text) {
        alert(owner, Alert.AlertType.INFORMATION, text);
    }

    private void error(Window owner, String text) {
        alert(owner, Alert.AlertType.ERROR, text);
    }

    private void alert(Window owner, Alert.AlertType type, String text) {
        Alert a = new Alert(type, text);
        a.setHeaderText(null);
        a.setTitle(m.get("backup.title"));
        a.initOwner(owner);
        a.show();
    }
}
