package io.zhibiao.ui.portable;

import io.zhibiao.core.portable.ConflictPolicy;
import io.zhibiao.core.portable.WorkImportReport;
import io.zhibiao.ui.AppContext;
import io.zhibiao.ui.common.Messages;
import javafx.concurrent.Task;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * File ▸ Export analyst work… and Import analyst work…: choose the file, run in the background with
 * progress, then a summary; after an import the window refreshes what it shows.
 */
public final class PortableWorkFlow {
    /** What the flow needs from the window it runs in. */
    public interface Host {
        Window window();

        /** Where to save; null when the analyst cancels. */
        Path chooseSaveFile(String title, String suggestedName);

        /** A work file to open; null when the analyst cancels. */
        Path chooseWorkFile(String title);

        /** Shows the task's progress (and a cancel button) until it ends. */
        void track(Task<?> task, Runnable ended);

        /** Reloads the corpus tree and every open pane. */
        void refreshAll();

        void info(String title, String text);

        void error(String text);
    }

    private final AppContext context;
    private final Host host;
    private final Messages m;
    private Task<?> running;

    public PortableWorkFlow(AppContext context, Host host) {
        this.context = context;
        this.host = host;
        this.m = context.messages();
    }

    public void startExport() {
        if (running != null) {
            return;
        }
        Path target = host.chooseSaveFile(m.get("work.export.title"), "zhibiao-work-" + LocalDate.now() + ".json");
        if (target != null) {
            export(target);
        }
    }

    public void startImport() {
        if (running != null) {
            return;
        }
        Path file = host.chooseWorkFile(m.get("work.import.title"));
        if (file != null) {
            askPolicy().ifPresent(policy -> importFile(file, policy));
        }
    }

    /** Exports to {@code target}; returns the task (tests wait on it). */
    public WorkExportTask export(Path target) {
        WorkExportTask task = new WorkExportTask(context.store(), target, context.review().analyst(), m);
        run(task, () -> host.info(m.get("work.export.title"), WorkSummaryText.exported(task.getValue(), m)),
                "work.export.failed");
        return task;
    }

    /** Imports {@code file} under {@code policy}; returns the task (tests wait on it). */
    public WorkImportTask importFile(Path file, ConflictPolicy policy) {
        WorkImportTask task = new WorkImportTask(context.store(), file, policy, m);
        run(task, () -> {
            WorkImportReport report = task.getValue();
            if (!report.changedNothing()) {
                // Undo steps recorded before the import could overwrite the work it brought in.
                context.review().history().clear();
            }
            host.refreshAll();
            host.info(m.get("work.import.title"), WorkSummaryText.imported(report, m));
        }, "work.import.failed");
        return task;
    }

    private void run(Task<?> task, Runnable succeeded, String failedKey) {
        running = task;
        host.track(task, () -> running = null);
        task.setOnSucceeded(e -> {
            running = null;
            succeeded.run();
        });
        task.setOnFailed(e -> {
            running = null;
            host.error(m.format(failedKey, String.valueOf(task.getException().getMessage())));
        });
        task.setOnCancelled(e -> running = null);
        context.tasks().run(task);
    }

    private Optional<ConflictPolicy> askPolicy() {
        List<String> labels = Arrays.stream(ConflictPolicy.values()).map(p -> WorkSummaryText.policy(p, m)).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(labels.get(0), labels);
        dialog.setTitle(m.get("work.import.title"));
        dialog.setHeaderText(m.get("work.policy.question"));
        dialog.setContentText(m.get("work.policy.label"));
        dialog.initOwner(host.window());
        return dialog.showAndWait().map(label -> ConflictPolicy.values()[labels.indexOf(label)]);
    }
}
