package io.zhibiao.ui.export;

import io.zhibiao.core.export.ExportFormat;
import io.zhibiao.core.export.ExportSheet;
import io.zhibiao.core.settings.Settings;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The export dialog's last choices in the settings, so it opens as the analyst left it. The format is not kept. */
public final class ExportMemory {
    private ExportMemory() {
    }

    /** The last export's choices, or null when the settings hold none (or a scope this version does not know). */
    public static ExportOptions recall(Settings settings) {
        String scope = settings.lastExportScope();
        if (scope == null) {
            return null;
        }
        Set<ExportSheet> sheets = EnumSet.noneOf(ExportSheet.class);
        for (String name : settings.lastExportSheets()) {
            for (ExportSheet s : ExportSheet.values()) {
                if (s.name().equals(name)) {
                    sheets.add(s);
                }
            }
        }
        try {
            return new ExportOptions(ExportOptions.Scope.valueOf(scope), sheets.isEmpty() ? ExportSheet.all() : sheets,
                    ExportFormat.XLSX, settings.lastExportFilter());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Puts the choices into the settings; the caller saves them (off the JavaFX thread). */
    public static void remember(Settings settings, ExportOptions options) {
        settings.setLastExportScope(options.scope().name());
        settings.setLastExportSheets(options.sheets().stream().map(Enum::name).collect(Collectors.toSet()));
        settings.setLastExportFilter(options.filter());
    }
}
