package io.zhibiao.core.export;

import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.Store;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The analysts' changes to the documents in scope and their indicators, document by document, oldest first;
 * an export of the whole corpus then lists the reports deleted from it (who, when, which report).
 */
final class HistorySheet {
    static final List<String> HEADER_KEYS = List.of("col.time", "col.analyst", "col.action", "col.entityType",
            "col.entityId", "col.documentId", "col.documentTitle", "col.field", "col.oldValue", "col.newValue",
            "col.batch");

    private HistorySheet() {
    }

    private static List<ExportCell> cells(ExportContext ctx, AuditEvent e, String documentTitle) {
        List<ExportCell> c = new ArrayList<>(HEADER_KEYS.size());
        c.add(ExportCell.dateTime(LocalDateTime.ofInstant(e.occurredAt(), ctx.zone())));
        c.add(ExportCell.text(e.analyst()));
        c.add(ExportCell.text(e.action()));
        c.add(ExportCell.text(e.entityType()));
        c.add(ExportCell.integer(e.entityId()));
        c.add(ExportCell.integer(e.documentId()));
        c.add(ExportCell.longText(documentTitle));
        c.add(ExportCell.text(e.field()));
        c.add(ExportCell.longText(e.oldValue()));
        c.add(ExportCell.longText(e.newValue()));
        c.add(ExportCell.text(e.batchId()));
        return c;
    }

    static int write(ExportContext ctx, Store store, ExportProgress progress, BooleanSupplier cancelled) {
        SheetWriter w = ctx.newSheet(ExportSheet.HISTORY, HEADER_KEYS, 2);
        List<DocumentSummary> docs = ctx.scope().documents();
        // one query finds the few documents analysts changed, instead of one empty query per document
        Set<Long> changed = store.exportQueries().documentsWithHistory();
        int done = 0;
        for (DocumentSummary d : docs) {
            if (cancelled.getAsBoolean()) {
                throw new ExportCancelledException();
            }
            List<AuditEvent> events = changed.contains(d.id()) ? store.audit().listByDocument(d.id()) : List.of();
            for (AuditEvent e : events) {
                w.row(cells(ctx, e, d.title() != null ? d.title() : d.fileName()));
            }
            progress.progress(ExportSheet.HISTORY, ++done, docs.size());
        }
        if (ctx.scope().coversWholeStore()) {
            for (AuditEvent e : store.audit().listOfDocumentsGone()) {
                // the event itself names the report (year, region, title): the report may be gone for good
                w.row(cells(ctx, e, e.oldValue() != null ? e.oldValue() : e.newValue()));
            }
        }
        w.finish();
        return w.dataRows();
    }
}
