package io.zhibiao.core.export;

import java.util.EnumSet;
import java.util.Set;

/** The sheets an export can contain, in workbook order. */
public enum ExportSheet {
    INDICATORS("sheet.indicators"),
    TARGETS_VS_ACTUALS("sheet.targets"),
    TARGET_TABLE("sheet.targetTable"),
    PANEL("sheet.panel"),
    CHARTS("sheet.charts"),
    SOURCES("sheet.sources"),
    HISTORY("sheet.history"),
    ABOUT("sheet.about");

    private final String labelKey;

    ExportSheet(String labelKey) {
        this.labelKey = labelKey;
    }

    String labelKey() {
        return labelKey;
    }

    public static Set<ExportSheet> all() {
        return EnumSet.allOf(ExportSheet.class);
    }
}
