package io.zhibiao.ui.common;

import io.zhibiao.core.model.Region;
import io.zhibiao.core.store.DocumentSummary;

import java.util.Map;

/**
 * What a report is called in the workbench: its region, year and kind ("南京市 2024 政府工作报告"), the way
 * analysts name reports, rather than the file it came from. A report whose region or year is unknown keeps
 * its kind and title or file name. The file name stays in the tooltips.
 */
public final class DocumentTitles {
    private DocumentTitles() {
    }

    public static String of(Messages m, Map<String, Region> regions, DocumentSummary d) {
        return title(m, regions, d.effectiveRegionCode(), d.effectiveYear(),
                d.effectiveKind() != null ? d.effectiveKind().id() : null, d.title() != null ? d.title() : d.fileName());
    }

    /**
     * @param kindId   {@code work_report}, … or null
     * @param fallback the report's own title, else its file name
     */
    public static String title(Messages m, Map<String, Region> regions, String regionCode, Integer year, String kindId,
                               String fallback) {
        Region region = regionCode == null ? null : regions.get(regionCode);
        if (region == null || year == null) {
            return (kindId != null ? "[" + m.get("kind." + kindId) + "] " : "") + fallback;
        }
        // the year as written, not as a number MessageFormat would group ("2,024")
        return m.format("document.title", region.name(), String.valueOf(year),
                m.get("document.title." + (kindId != null ? kindId : "other")));
    }

    /** The file name and, where the report has one, its own title: for a tooltip. */
    public static String details(DocumentSummary d) {
        return d.title() != null && !d.title().equals(d.fileName()) ? d.title() + "\n" + d.fileName() : d.fileName();
    }
}
