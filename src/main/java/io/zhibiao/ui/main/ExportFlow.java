package io.zhibiao.ui.main;

import io.zhibiao.core.corpusview.CorpusNode;
import io.zhibiao.core.export.ExportRequest;
import io.zhibiao.core.export.ExportSummary;
import io.zhibiao.ui.AppContext;
import io.zhibiao.ui.common.Messages;
import io.zhibiao.ui.export.ExportDialog;
import io.zhibiao.ui.export.ExportMemory;
import io.zhibiao.ui.export.ExportOffer;
import io.zhibiao.ui.export.ExportOffers;
import io.zhibiao.ui.export.ExportOptions;
import io.zhibiao.ui.export.ExportTask;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * File ▸ Export: scope, filter and sheets (kept for the next export), where to save, the export in the
 * background, then "open the file".
 */
public final class ExportFlow {
    private final AppContext context;
    private final MainWindow window;
    private final Messages m;
    private io.zhibiao.ui.common.SystemOpener opener = io.zhibiao.ui.common.SystemOpener.DESKTOP;
    private ExportTask running;

    ExportFlow(AppContext context, MainWindow window) {
        this.context = context;
        this.window = window;
        this.m = context.messages();
    }

    void setOpener(io.zhibiao.ui.common.SystemOpener opener) {
        this.opener = opener;
    }

    public void start() {
        if (running != null) {
            return;
        }
        // while the analyst makes their choices in the dialog
        io.zhibiao.core.export.ExcelExporter.warmUp();
        boolean filtering = !window.corpusView().filterField().getText().isBlank();
        ExportOffer offer = ExportOffers.of(window.corpus().documents(), context.regions(),
                context.store().location(), ExportMemory.recall(context.settings()));
        ExportDialog.ask(window.window(), m, !window.panes().panes().isEmpty(), filtering, offer).ifPresent(options -> {
            ExportMemory.remember(context.settings(), options);
            io.zhibiao.ui.common.Tasks.run(context.tasks(), () -> {
                context.settings().save();
                return null;
            }, ignored -> { });
            String name = "zhibiao-" + LocalDate.now() + options.format().extension();
            Path target = window.fileSource().chooseSaveFile(window.window(), m.get("export.title"), name);
            if (target != null) {
                run(options, target);
            }
        });
    }

    /** Runs an export with the given options to {@code target}; returns the task (tests wait on it). */
    public ExportTask run(ExportOptions options, Path target) {
        ExportRequest request = ExportRequest.allDocuments().withSheets(options.sheets())
                .withFilter(options.filter())
                .withLanguage(m.locale());
        if (options.scope() == ExportOptions.Scope.PANES) {
            request = request.withDocuments(new HashSet<>(window.panes().documentIds()));
        } else if (options.scope() == ExportOptions.Scope.FILTER) {
            Set<Long> ids = new HashSet<>();
            collect(window.corpus().treeProperty().get(), ids);
            request = request.withDocuments(ids);
        }
        ExportTask task = new ExportTask(context.store(), request, target, options.format(), m);
        running = task;
        window.track(task, () -> running = null);
        task.setOnSucceeded(e -> {
            running = null;
            done(task.getValue());
        });
        task.setOnFailed(e -> {
            running = null;
            window.error(m.format("export.failed", String.valueOf(task.getException().getMessage())));
        });
        task.setOnCancelled(e -> running = null);
        context.tasks().run(task);
        return task;
    }

    private void done(ExportSummary summary) {
        ButtonType open = new ButtonType(m.get("export.open"), ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.INFORMATION, m.format("export.done", summary.file(),
                summary.rowsPerSheet().values().stream().mapToInt(Integer::intValue).sum()), open, ButtonType.CLOSE);
        a.setHeaderText(null);
        a.setTitle(m.get("export.title"));
        a.initOwner(window.window());
        // Where no spreadsheet program can be asked, the path is shown (and can be copied) instead.
        a.showAndWait().filter(b -> b == open).ifPresent(b -> new io.zhibiao.ui.common.OpenOrShowPath(m,
                context.tasks(), window.window(), opener, "exportFile", "export-file").open(summary.file()));
    }

    private static void collect(CorpusNode node, Set<Long> ids) {
        if (node == null) {
            return;
        }
        if (node.isDocument()) {
            ids.add(node.documentId());
        }
        node.children().forEach(c -> collect(c, ids));
    }
}
