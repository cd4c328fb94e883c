package io.zhibiao.ui.export;

import io.zhibiao.core.export.ExportFormat;
import io.zhibiao.core.export.ExportRequest;
import io.zhibiao.core.export.ExportSummary;
import io.zhibiao.core.store.Store;
import io.zhibiao.ui.common.Messages;
import javafx.concurrent.Task;

import java.nio.file.Path;

/** An export in the background, with progress per sheet and cancel. */
public final class ExportTask extends Task<ExportSummary> {
    private final Store store;
    private final ExportRequest request;
    private final Path target;
    private final ExportFormat format;
    private final Messages m;

    public ExportTask(Store store, ExportRequest request, Path target, ExportFormat format, Messages m) {
        this.store = store;
        this.request = request;
        this.target = target;
        this.format = format;
        this.m = m;
    }

    @Override
    protected ExportSummary call() {
        updateMessage(m.get("export.running"));
        return format.export(store, request, target, this::progress, this::isCancelled);
    }

    private void progress(io.zhibiao.core.export.ExportSheet sheet, long done, long total) {
        updateProgress(done, Math.max(1, total));
        updateMessage(m.format("export.progress", m.get("export.sheet." + sheet.name().toLowerCase(java.util.Locale.ROOT)),
                done, total));
    }
}
