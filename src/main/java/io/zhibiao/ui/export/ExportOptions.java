package io.zhibiao.ui.export;

import io.zhibiao.core.export.ExportSheet;

import java.util.Set;

/**
 * What the analyst chose in the export dialog.
 *
 * @param reportYears the years of the reports to export (a 2024 report with the 2023 results it gives);
 *                    empty for every year
 */
public record ExportOptions(Scope scope, Set<ExportSheet> sheets, boolean csv, Set<Integer> reportYears) {
    public enum Scope { ALL, FILTER, PANES }

    public ExportOptions {
        reportYears = reportYears == null ? Set.of() : Set.copyOf(reportYears);
    }
}
