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

    /** An old or new value in the workbook's language where it is one of a fixed set of words; data as it is. */
    private static String value(Labels labels, AuditEvent e, String value) {
        if (value == null) {
            return null;
        }
        return io.zhibiao.core.review.AuditWords.valueWords(e.entityType(), e.field()).map(words -> switch (words) {
            case STATUS -> labels.getOr("status." + value, value);
            case MEASURE -> labels.getOr("measure." + value, value);
            case VALUE_KIND -> labels.getOr("kind." + value, value);
            case DOCUMENT_KIND -> labels.getOr("docKind." + value, value);
            case QUALIFIER -> labels.getOr("qualifier." + value, value);
            case BASIS -> labels.getOr("basis." + value, value);
            case SCOPE -> labels.getOr("scope." + value, value);
            case YES_NO -> "true".equals(value) ? labels.get("yes") : "false".equals(value) ? labels.get("no") : value;
        }).orElse(value);
    }

    private static List<ExportCell> cells(ExportContext ctx, AuditEvent e, String documentTitle) {
        List<ExportCell> c = new ArrayList<>(HEADER_KEYS.size());
        c.add(ExportCell.dateTime(LocalDateTime.ofInstant(e.occurredAt(), ctx.zone())));
        c.add(ExportCell.text(e.analyst()));
        c.add(ExportCell.text(ctx.labels().getOr("history.action." + e.action(), e.action())));
        c.add(ExportCell.text(e.entityType()));
        c.add(ExportCell.integer(e.entityId()));
        c.add(ExportCell.integer(e.documentId()));
        c.add(ExportCell.longText(documentTitle));
        c.add(ExportCell.text(e.field() == null ? null : ctx.labels().getOr("history.field." + e.field(), e.field())));
        c.add(ExportCell.longText(value(ctx.labels(), e, e.oldValue())));
        c.add(ExportCell.longText(value(ctx.labels(), e, e.newValue())));
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
