package io.zhibiao.ui.export;

import io.zhibiao.core.export.ExportFilter;
import io.zhibiao.core.export.ExportSheet;

import java.util.Set;

/**
 * What the analyst chose in the export dialog.
 *
 * @param filter regions, report years (a 2024 report with the 2023 results it gives), catalog only, verified
 *               only and the documents left out: the same filter the command line's options build
 */
public record ExportOptions(Scope scope, Set<ExportSheet> sheets, boolean csv, ExportFilter filter) {
    public enum Scope { ALL, FILTER, PANES }

    public ExportOptions {
        filter = filter == null ? ExportFilter.NONE : filter;
    }
}
