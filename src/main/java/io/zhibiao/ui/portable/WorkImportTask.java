package io.zhibiao.ui.portable;

import io.zhibiao.core.portable.ConflictPolicy;
import io.zhibiao.core.portable.WorkImportReport;
import io.zhibiao.core.portable.WorkImporter;
import io.zhibiao.core.store.Store;
import io.zhibiao.ui.common.Messages;
import javafx.concurrent.Task;

import java.nio.file.Path;

/** Applies a work file in the background; a cancel rolls the whole import back. */
public final class WorkImportTask extends Task<WorkImportReport> {
    private final Store store;
    private final Path file;
    private final ConflictPolicy policy;
    private final Messages messages;

    public WorkImportTask(Store store, Path file, ConflictPolicy policy, Messages messages) {
        this.store = store;
        this.file = file;
        this.policy = policy;
        this.messages = messages;
    }

    @Override
    protected WorkImportReport call() {
        updateMessage(messages.get("work.import.running"));
        return new WorkImporter(store).importFile(file, policy, (done, total) -> {
            updateProgress(done, total);
            updateMessage(messages.format("work.progress", messages.get("work.import.title"), done, total));
        }, this::isCancelled);
    }
}
