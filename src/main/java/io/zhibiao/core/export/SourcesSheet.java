package io.zhibiao.core.export;

import io.zhibiao.core.model.Region;
import io.zhibiao.core.store.DocumentSummary;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The documents in scope: where every number came from, and how many of its indicators were exported. */
final class SourcesSheet {
    static final List<String> HEADER_KEYS = List.of("col.documentId", "col.file", "col.title", "col.province",
            "col.region", "col.regionCode", "col.reportYear", "col.documentKind", "col.format", "col.encoding",
            "col.publishedOn", "col.deliveredOn", "col.importedAt", "col.contentHash", "col.fileSize",
            "col.indicatorsExported", "col.reviewed", "col.previousVersion", "col.sourcePath");
    /** The columns a printout keeps: which report, whose and when, and what it gave the export. */
    private static final Set<Integer> PRINTED = Set.copyOf(List.of("col.documentId", "col.title", "col.province",
            "col.region", "col.reportYear", "col.documentKind", "col.indicatorsExported", "col.reviewed").stream()
            .map(HEADER_KEYS::indexOf).toList());

    private SourcesSheet() {
    }

    static int write(ExportContext ctx, Map<Long, Integer> exportedPerDocument) {
        Labels l = ctx.labels();
        SheetWriter w = ctx.newSheet(ExportSheet.SOURCES, HEADER_KEYS, 2);
        for (DocumentSummary d : ctx.scope().documents()) {
            Region region = ctx.scope().regionOf(d);
            List<ExportCell> c = new ArrayList<>(HEADER_KEYS.size());
            c.add(ExportCell.integer(d.id()));
            c.add(ExportCell.text(d.fileName()));
            c.add(ExportCell.longText(d.title()));
            c.add(ExportCell.text(region == null ? null : region.provinceName()));
            c.add(ExportCell.text(region != null ? region.name() : d.regionName()));
            c.add(ExportCell.text(d.effectiveRegionCode()));
            c.add(ExportCell.integer(d.effectiveYear()));
            c.add(ExportCell.text(l.documentKind(d.effectiveKind())));
            c.add(ExportCell.text(d.format()));
            c.add(ExportCell.text(d.encoding()));
            c.add(ExportCell.date(d.publishedOn()));
            c.add(ExportCell.date(d.deliveredOn()));
            c.add(ExportCell.dateTime(d.importedAt() == null ? null
                    : LocalDateTime.ofInstant(d.importedAt(), ctx.zone())));
            c.add(ExportCell.text(d.contentHash()));
            c.add(ExportCell.integer(d.fileSize()));
            c.add(ExportCell.integer(exportedPerDocument.getOrDefault(d.id(), 0)));
            c.add(ExportCell.integer(d.reviewedCount()));
            c.add(ExportCell.integer(d.previousVersionId()));
            c.add(ExportCell.text(d.sourcePath()));
            w.row(c);
        }
        w.finish();
        PrintLayout.keyColumns(w.sheet(), HEADER_KEYS.size(), PRINTED, 0);
        return w.dataRows();
    }
}
