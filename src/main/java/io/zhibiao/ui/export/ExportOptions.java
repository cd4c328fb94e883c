package io.zhibiao.ui.export;

import io.zhibiao.core.export.ExportFilter;
import io.zhibiao.core.export.ExportFormat;
import io.zhibiao.core.export.ExportSheet;

import java.util.Set;

/**
 * What the analyst chose in the export dialog.
 *
 * @param format the workbook, the Indicators table as CSV, or the tidy CSV for Stata and R
 * @param filter regions, report years (a 2024 report with the 2023 results it gives), catalog only, verified
 *               only and the documents left out: the same filter the command line's options build
 */
public record ExportOptions(Scope scope, Set<ExportSheet> sheets, ExportFormat format, ExportFilter filter) {
    public enum Scope { ALL, FILTER, PANES }

    public ExportOptions {
        format = format == null ? ExportFormat.XLSX : format;
        filter = filter == null ? ExportFilter.NONE : filter;
    }
}
