package io.zhibiao.ui.importer;

import io.zhibiao.core.importer.ImportService;
import io.zhibiao.core.importer.ImportSummary;
import io.zhibiao.ui.common.Messages;
import javafx.concurrent.Task;

import java.nio.file.Path;
import java.util.List;

/** An import in the background, with progress per file and cancel between files. */
public final class ImportTask extends Task<ImportSummary> {
    private final ImportService service;
    private final List<Path> paths;
    private final Messages messages;

    public ImportTask(ImportService service, List<Path> paths, Messages messages) {
        this.service = service;
        this.paths = List.copyOf(paths);
        this.messages = messages;
    }

    @Override
    protected ImportSummary call() {
        return service.importPaths(paths, (done, total, outcome) -> {
            updateProgress(done, total);
            updateMessage(messages.format("import.running", done, total));
        }, this::isCancelled);
    }
}
