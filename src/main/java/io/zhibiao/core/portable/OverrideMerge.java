package io.zhibiao.core.portable;

import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.review.OverrideField;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.DataAccess;
import io.zhibiao.core.store.DocumentSummary;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The document's region, year and kind overrides, field by field. A field is this store's work when it
 * holds an override or has audited override history; the time of a side's change is its latest audited
 * event about that field.
 */
final class OverrideMerge {
    private final DataAccess tx;
    private final ConflictPolicy policy;
    private final ImportTally tally;

    OverrideMerge(DataAccess tx, ConflictPolicy policy, ImportTally tally) {
        this.tx = tx;
        this.policy = policy;
        this.tally = tally;
    }

    void merge(DocumentSummary doc, DocumentWork work, List<AuditEvent> documentEvents) {
        DocumentOverrides theirs = work.overrides();
        for (OverrideField field : OverrideField.values()) {
            Object mineValue = switch (field) {
                case REGION -> doc.regionCodeOverride();
                case YEAR -> doc.reportYearOverride();
                case KIND -> doc.kindOverride();
            };
            Object theirsValue = switch (field) {
                case REGION -> theirs.regionCode();
                case YEAR -> theirs.reportYear();
                case KIND -> theirs.documentKind();
            };
            if (Objects.equals(mineValue, theirsValue)) {
                continue;
            }
            List<Instant> theirTimes = work.history().stream().filter(e -> field.column().equals(e.field()))
                    .map(HistoryEntry::instant).toList();
            if (theirsValue == null && theirTimes.isEmpty()) {
                continue; // the file has no say on this field
            }
            List<Instant> myTimes = documentEvents.stream().filter(e -> field.column().equals(e.field()))
                    .map(AuditEvent::occurredAt).toList();
            boolean apply = true;
            if (mineValue != null || !myTimes.isEmpty()) {
                apply = policy.theirsWins(DocumentMerge.latest(myTimes, null), DocumentMerge.latest(theirTimes, null));
                tally.conflicts.add(new WorkConflict(work.label(), field.column() + " override",
                        text(mineValue), text(theirsValue), apply));
            }
            if (apply) {
                switch (field) {
                    case REGION -> tx.documents().overrideRegion(doc.id(), (String) theirsValue);
                    case YEAR -> tx.documents().overrideYear(doc.id(), (Integer) theirsValue);
                    case KIND -> tx.documents().overrideKind(doc.id(), (DocumentKind) theirsValue);
                }
                tally.overridesApplied++;
            }
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "none (as detected)";
        }
        return value instanceof DocumentKind k ? k.id() : value.toString();
    }
}
