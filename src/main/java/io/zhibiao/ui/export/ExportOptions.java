package io.zhibiao.ui.export;

import io.zhibiao.core.export.ExportFormat;
import io.zhibiao.core.export.ExportSheet;

import java.util.Set;

/**
 * What the analyst chose in the export dialog.
 *
 * @param format      the workbook, the Indicators table as CSV, or the tidy CSV
 * @param reportYears the years of the reports to export (a 2024 report with the 2023 results it gives);
 *                    empty for every year
 */
public record ExportOptions(Scope scope, Set<ExportSheet> sheets, ExportFormat format, Set<Integer> reportYears) {
    public enum Scope { ALL, FILTER, PANES }

    public ExportOptions {
        reportYears = reportYears == null ? Set.of() : Set.copyOf(reportYears);
        format = format == null ? ExportFormat.XLSX : format;
    }
}
