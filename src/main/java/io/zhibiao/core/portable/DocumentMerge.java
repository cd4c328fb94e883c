package io.zhibiao.core.portable;

import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.DataAccess;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.IndicatorOrigin;
import io.zhibiao.core.store.PortableDao;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.Tag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Brings the work of one document of the file into the matching document of this store, inside the
 * import's transaction: indicator work (see {@link IndicatorMatcher} and {@link ConflictPolicy}), the
 * document's overrides ({@link OverrideMerge}), and the history, appended once.
 */
final class DocumentMerge {
    private final DataAccess tx;
    private final PortableDao portable;
    private final Map<String, Tag> tagsByName;
    private final ConflictPolicy policy;
    private final ImportTally tally;

    DocumentMerge(DataAccess tx, Map<String, Tag> tagsByName, ConflictPolicy policy, ImportTally tally) {
        this.tx = tx;
        this.portable = PortableDao.of(tx);
        this.tagsByName = tagsByName;
        this.policy = policy;
        this.tally = tally;
    }

    /**
     * @param lines where the file's documents and indicators start, for messages; {@code index} is the
     *              document's place in the file
     * @throws WorkFileException if an indicator's span lies outside the report's text (the caller's
     *                           transaction then rolls back what was written)
     */
    void merge(DocumentSummary doc, DocumentWork work, WorkFileLines lines, int index) {
        long docId = doc.id();
        checkSpans(docId, work, lines, index);
        List<AuditEvent> existing = tx.audit().listByDocument(docId);
        HistoryLedger ledger = new HistoryLedger(tx, existing);
        Map<Long, List<AuditEvent>> eventsByRow = new HashMap<>();
        List<AuditEvent> documentEvents = new ArrayList<>();
        for (AuditEvent e : existing) {
            if (AuditEvent.INDICATOR.equals(e.entityType()) && e.entityId() != null) {
                eventsByRow.computeIfAbsent(e.entityId(), k -> new ArrayList<>()).add(e);
            } else if (AuditEvent.DOCUMENT.equals(e.entityType())) {
                documentEvents.add(e);
            }
        }
        if (!work.indicators().isEmpty()) {
            Map<Long, List<Tag>> tags = tx.tags().tagsByDocument(docId);
            IndicatorMatcher matcher = new IndicatorMatcher(tx.indicators().findByDocument(docId, true), eventsByRow);
            for (IndicatorWork w : work.indicators()) {
                StoredIndicator row = matcher.match(w);
                long id;
                if (row == null) {
                    id = insert(docId, w);
                    matcher.claim(id);
                    if (w.originEnum() == IndicatorOrigin.ENGINE) {
                        tally.keptAsAdded.add(work.label() + ": " + describe(w.value().toValue()));
                    }
                } else {
                    id = row.id();
                    resolve(work, w, row, tags.getOrDefault(id, List.of()), eventsByRow.getOrDefault(id, List.of()));
                }
                ledger.append(w.history(), AuditEvent.INDICATOR, id, docId);
            }
        }
        new OverrideMerge(tx, policy, tally).merge(doc, work, documentEvents);
        ledger.append(work.history(), AuditEvent.DOCUMENT, docId, docId);
        portable.refreshCounts(docId);
        tally.historyAdded += ledger.added();
        tally.documentsMatched++;
    }

    /**
     * Spans are offsets into this store's text of the report, which has the same content hash: a span past
     * its end is a damaged or hand-made file, and such a row would highlight nothing or fail to show.
     */
    private void checkSpans(long docId, DocumentWork work, WorkFileLines lines, int index) {
        if (work.indicators().isEmpty()) {
            return;
        }
        int length = portable.textLength(docId);
        for (int i = 0; i < work.indicators().size(); i++) {
            IndicatorWork w = work.indicators().get(i);
            for (ValueJson v : w.engine() == null ? List.of(w.value()) : List.of(w.engine(), w.value())) {
                if (v.end() > length) {
                    String name = v.name() != null ? v.name() : v.code() != null ? v.code() : "without a name";
                    throw new WorkFileException("the indicator" + lines.ofIndicator(index, i) + " (" + name
                            + ") has the span " + v.start() + ".." + v.end()
                            + ", beyond the end of the text of " + work.label() + " (" + Math.max(length, 0)
                            + " characters)");
                }
            }
        }
    }

    private long insert(long docId, IndicatorWork w) {
        long id = portable.insertAnalystWork(docId, w.value().toValue(), w.statusEnum(), w.note(), w.deleted(),
                w.updatedInstant(), w.updatedBy());
        portable.replaceTags(id, tagIds(w));
        tally.indicatorsApplied++;
        return id;
    }

    private void resolve(DocumentWork doc, IndicatorWork w, StoredIndicator row, List<Tag> rowTags,
                         List<AuditEvent> rowEvents) {
        RowState theirs = new RowState(w.value().toValueOver(row.value()), w.statusEnum(), w.note(), w.deleted(),
                new TreeSet<>(w.tags()));
        TreeSet<String> mineTags = new TreeSet<>();
        rowTags.forEach(t -> mineTags.add(t.name()));
        RowState mine = new RowState(row.value(), row.status(), row.note(), row.deleted(), mineTags);
        boolean mineHasWork = row.origin() == IndicatorOrigin.ANALYST || row.updatedBy() != null || !mineTags.isEmpty();
        boolean apply;
        if (!mineHasWork) {
            apply = !theirs.equals(mine) || w.updatedBy() != null;
        } else if (theirs.equals(mine)) {
            apply = false;
        } else if (w.updatedBy() == null && theirs.isUntouched(w.engineValue().toValueOver(row.value()))) {
            apply = false; // the file holds only history for this row, no decision
        } else {
            Instant mineAt = latest(rowEvents.stream().map(AuditEvent::occurredAt).toList(),
                    row.updatedBy() != null ? row.updatedAt() : null);
            Instant theirsAt = latest(w.history().stream().map(HistoryEntry::instant).toList(),
                    w.updatedBy() != null ? w.updatedInstant() : null);
            apply = policy.theirsWins(mineAt, theirsAt);
            tally.conflicts.add(new WorkConflict(doc.label(), describe(row.value()), mine.summary(), theirs.summary(),
                    apply));
        }
        if (apply) {
            portable.writeWork(row.id(), theirs.value(), theirs.status(), theirs.note(), theirs.deleted(),
                    w.updatedInstant(), w.updatedBy());
            if (!theirs.tags().equals(mineTags)) {
                portable.replaceTags(row.id(), tagIds(w));
            }
            tally.indicatorsApplied++;
        } else {
            tally.indicatorsUnchanged++;
        }
    }

    private List<Long> tagIds(IndicatorWork w) {
        return w.tags().stream().map(name -> tagsByName.get(name.strip()).id()).toList();
    }

    static Instant latest(List<Instant> times, Instant also) {
        Instant latest = also;
        for (Instant t : times) {
            if (latest == null || t.isAfter(latest)) {
                latest = t;
            }
        }
        return latest;
    }

    /** "城镇登记失业率 @120-131" */
    static String describe(IndicatorValue v) {
        String name = v.name() != null ? v.name() : v.code() != null ? v.code() : "?";
        return name + " @" + v.start() + "-" + v.end();
    }
}
