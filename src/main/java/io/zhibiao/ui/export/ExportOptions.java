package io.zhibiao.ui.export;

import io.zhibiao.core.export.ExportSheet;

import java.util.Set;

/** What the analyst chose in the export dialog. */
public record ExportOptions(Scope scope, Set<ExportSheet> sheets, boolean csv) {
    public enum Scope { ALL, FILTER, PANES }
}
