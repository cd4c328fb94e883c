package io.zhibiao.core.export;

import io.zhibiao.core.AppVersion;
import io.zhibiao.core.compare.TargetJudge;
import io.zhibiao.core.store.ReviewStatus;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** When and from what the workbook was made, the filter, the row counts and the met/missed rules. */
final class AboutSheet {
    private static final List<String> HEADER_KEYS = List.of("col.item", "col.detail");

    private AboutSheet() {
    }

    /** @param panelConflicts Panel cells whose statements disagree, or null when the Panel is not exported */
    /**
     * @param charts     what the Charts sheet drew, or null when it is not exported
     * @param targetTable whether the Target table is exported (its rules are then stated)
     */
    static int write(ExportContext ctx, ExportRequest request, String storeLocation, Instant at,
                     Map<ExportSheet, Integer> rows, Set<ExportSheet> commented, Integer panelConflicts,
                     ChartSheet.Result charts, boolean targetTable) {
        Labels l = ctx.labels();
        SheetWriter w = ctx.newSheet(ExportSheet.ABOUT, HEADER_KEYS, 0);
        item(w, l.get("about.exportedAt"), ExportCell.dateTime(LocalDateTime.ofInstant(at, ctx.zone())));
        item(w, l.get("about.timeZone"), ExportCell.text(ctx.zone().getId()));
        item(w, l.get("about.store"), ExportCell.text(storeLocation));
        item(w, l.get("about.appVersion"), ExportCell.text(AppVersion.current()));
        item(w, l.get("about.language"), ExportCell.text(request.language().getLanguage()));
        item(w, l.get("about.scope"), ExportCell.text(request.documentIds().isEmpty() ? l.get("about.scopeAll")
                : l.format("about.scopeDocuments", join(request.documentIds().stream().sorted().toList()))));
        ExportFilter f = request.filter();
        item(w, l.get("about.filterRegions"), ExportCell.text(orAll(l, f.regions())));
        item(w, l.get("about.filterYears"), ExportCell.text(orAll(l, f.years().stream().sorted().toList())));
        item(w, l.get("about.filterStatuses"), ExportCell.text(orAll(l,
                f.statuses().stream().sorted().map(ReviewStatus::id).toList())));
        item(w, l.get("about.filterTags"), ExportCell.text(orAll(l, f.tags())));
        item(w, l.get("about.filterCatalog"), ExportCell.text(l.get(f.catalogOnly() ? "about.catalogOnly"
                : "about.noFilter")));
        item(w, l.get("about.filterExcluded"), ExportCell.text(f.excludedDocuments().isEmpty() ? l.get("about.none")
                : join(f.excludedDocuments().stream().sorted().toList())));
        item(w, l.get("about.documents"), ExportCell.integer(ctx.scope().documents().size()));
        rows.forEach((sheet, n) -> item(w, l.format("about.rows", l.sheet(sheet)), ExportCell.integer(n)));
        String commentText = commented.isEmpty()
                ? l.format("about.commentsOff", Integer.toString(ExcelExporter.COMMENT_LIMIT), l.get("col.sentence"))
                : l.format("about.commentsOn", join(commented.stream().map(l::sheet).toList()),
                Integer.toString(ExcelExporter.COMMENT_LIMIT), l.get("col.sentence"));
        item(w, l.get("about.comments"), ExportCell.longText(commentText));
        item(w, l.get("about.rules"), ExportCell.longText(l.format("about.rulesText",
                Double.toString(TargetJudge.APPROX_POINTS),
                Double.toString(TargetJudge.APPROX_LEVEL_SHARE * 100))));
        if (panelConflicts != null) {
            item(w, l.get("about.panelConflicts"), ExportCell.integer(panelConflicts));
            item(w, l.get("about.panelChoice"), ExportCell.longText(l.get("about.panelChoiceText")));
            item(w, l.sheet(ExportSheet.PANEL), ExportCell.longText(l.get("about.panelNote")));
        }
        if (targetTable) {
            item(w, l.sheet(ExportSheet.TARGET_TABLE), ExportCell.longText(l.get("about.targetTableNote")));
        }
        if (charts != null) {
            item(w, l.sheet(ExportSheet.CHARTS), ExportCell.longText(l.format("about.charts", charts.charts(),
                    charts.series(), Integer.toString(ChartSheet.MAX_CHARTS))));
        }
        item(w, l.get("about.print"), ExportCell.longText(l.format("about.printNote",
                Integer.toString(PrintLayout.MIN_SCALE))));
        w.finish();
        return w.dataRows();
    }

    private static void item(SheetWriter w, String name, ExportCell value) {
        w.row(List.of(ExportCell.text(name), value));
    }

    private static String orAll(Labels l, Collection<?> values) {
        return values.isEmpty() ? l.get("about.noFilter") : join(new ArrayList<>(values));
    }

    private static String join(Collection<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
