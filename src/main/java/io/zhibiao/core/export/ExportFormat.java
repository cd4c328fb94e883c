package io.zhibiao.core.export;

import io.zhibiao.core.store.Store;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/** What an export writes: the briefing workbook, the Indicators table as CSV, or the tidy CSV of figures. */
public enum ExportFormat {
    /** The briefing workbook (every sheet chosen). */
    XLSX(".xlsx"),
    /** The Indicators table, UTF-8 with a byte order mark for Excel. */
    CSV(".csv"),
    /** One row per region × year × indicator × measure × kind, for Stata and R ({@link TidyCsvExporter}). */
    TIDY_CSV(".csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public ExportSummary export(Store store, ExportRequest request, Path out, ExportProgress progress,
                                BooleanSupplier cancelled) {
        return switch (this) {
            case XLSX -> ExcelExporter.export(store, request, out, progress, cancelled);
            case CSV -> CsvExporter.export(store, request, out, progress, cancelled);
            case TIDY_CSV -> TidyCsvExporter.export(store, request, out, progress, cancelled);
        };
    }
}
