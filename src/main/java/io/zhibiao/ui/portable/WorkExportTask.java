package io.zhibiao.ui.portable;

import io.zhibiao.core.portable.WorkExportSummary;
import io.zhibiao.core.portable.WorkExporter;
import io.zhibiao.core.store.Store;
import io.zhibiao.ui.common.Messages;
import javafx.concurrent.Task;

import java.nio.file.Path;

/** Writes the work file in the background, with progress by document and cancel between documents. */
public final class WorkExportTask extends Task<WorkExportSummary> {
    private final Store store;
    private final Path target;
    private final String analyst;
    private final Messages messages;

    public WorkExportTask(Store store, Path target, String analyst, Messages messages) {
        this.store = store;
        this.target = target;
        this.analyst = analyst;
        this.messages = messages;
    }

    @Override
    protected WorkExportSummary call() {
        updateMessage(messages.get("work.export.running"));
        return new WorkExporter(store).export(target, analyst, (done, total) -> {
            updateProgress(done, total);
            updateMessage(messages.format("work.progress", messages.get("work.export.title"), done, total));
        }, this::isCancelled);
    }
}
