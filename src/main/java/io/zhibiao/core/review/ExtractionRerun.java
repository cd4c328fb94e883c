package io.zhibiao.core.review;

import io.zhibiao.core.corpus.TextCleaner;
import io.zhibiao.core.model.Detected;
import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.DocumentProfile;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Region;
import io.zhibiao.core.pipeline.BundledData;
import io.zhibiao.core.pipeline.ReportPipeline;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.DataAccess;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.DocumentText;
import io.zhibiao.core.store.IndicatorOrigin;
import io.zhibiao.core.store.ReviewDao;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoredIndicator;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Re-extraction of a stored document and the merge that keeps review work. A row is "untouched" when it
 * came from the engine, is unreviewed, not deleted, has no note and no tag: only those are replaced.
 */
final class ExtractionRerun {
    record Outcome(RerunReport report, Set<Long> removedIds) {
    }

    private final Store store;
    private final Supplier<ReportPipeline> pipeline;

    /** The re-run of {@code store}'s documents with one engine, whatever the review service was given. */
    ExtractionRerun with(ReportPipeline engine) {
        return new ExtractionRerun(store, () -> engine);
    }

    ExtractionRerun(Store store, Supplier<ReportPipeline> pipeline) {
        this.store = store;
        this.pipeline = pipeline;
    }

    ReportPipeline pipeline() {
        return pipeline.get();
    }

    /** The engine's values for the stored text, read with the document's effective year and kind. */
    List<IndicatorValue> extract(long documentId) {
        return extract(store.documents().findById(documentId)
                .orElseThrow(() -> new ReviewException("Document " + documentId + " does not exist.")));
    }

    /** As {@link #extract(long)} for a document whose summary the caller has read already (a preview's many). */
    List<IndicatorValue> extract(DocumentSummary doc) {
        long documentId = doc.id();
        DocumentText text = store.documents().loadText(documentId)
                .orElseThrow(() -> new ReviewException("The text of document " + documentId + " is missing."));
        return extract(doc, text.originalText());
    }

    /**
     * As {@link #extract(DocumentSummary)} for a text the caller has read already (a preview's search pass). The
     * report's own region goes with its year and kind, as at import: the engine tells a figure of another place
     * (scope "part") from the report's own by it, so without it a re-run read the report's own province as
     * another place and changed rows that no lesson or engine change touched.
     */
    List<IndicatorValue> extract(DocumentSummary doc, String originalText) {
        Integer year = doc.effectiveYear();
        DocumentKind kind = doc.effectiveKind();
        Region region = doc.effectiveRegionCode() == null ? null
                : BundledData.gazetteer().byCode(doc.effectiveRegionCode());
        DocumentProfile profile = new DocumentProfile(doc.title(),
                region == null ? Detected.none() : new Detected<>(region, 1.0),
                new Detected<>(year == null ? LocalDate.now().getYear() : year, 1.0),
                new Detected<>(kind == null ? DocumentKind.OTHER : kind, 1.0), null, null, null);
        return pipeline.get().extract(new TextCleaner().clean(originalText), profile);
    }

    /**
     * What merging {@code fresh} into the document would do, read from its stored rows in {@code tx} and
     * written nowhere: the one diff both the merge and a lesson's preview use.
     */
    static RerunPlan plan(DataAccess tx, long documentId, List<IndicatorValue> fresh) {
        return plan(tx, documentId, fresh, tx.indicators().findByDocument(documentId, true),
                ReviewDao.of(tx).taggedIndicatorIds(documentId));
    }

    /**
     * As {@link #plan(DataAccess, long, List)} from the document's stored rows (deleted ones included) and the
     * tagged ones among them, read by the caller for many documents at once; {@code tx} reads the history of
     * kept rows.
     */
    static RerunPlan plan(DataAccess tx, long documentId, List<IndicatorValue> fresh, List<StoredIndicator> stored,
                          Set<Long> tagged) {
        Set<String> keptKeys = new HashSet<>();
        Map<String, Deque<StoredIndicator>> untouched = new HashMap<>();
        int kept = 0;
        for (StoredIndicator s : stored) {
            if (isUntouched(s, tagged)) {
                untouched.computeIfAbsent(key(s.value()), k -> new ArrayDeque<>()).add(s);
            } else {
                kept++;
                keptKeys.add(key(s.value()));
                keptKeys.add(engineKey(tx, s));
            }
        }
        List<IndicatorValue> added = new ArrayList<>();
        List<RerunPlan.Refresh> changed = new ArrayList<>();
        int unchanged = 0;
        int duplicates = 0;
        Set<Long> reused = new HashSet<>();
        for (IndicatorValue v : fresh) {
            String key = key(v);
            if (keptKeys.contains(key)) {
                duplicates++;
                continue;
            }
            Deque<StoredIndicator> same = untouched.get(key);
            if (same != null && !same.isEmpty()) {
                StoredIndicator row = same.poll();
                reused.add(row.id());
                if (!row.value().equals(v)) {
                    changed.add(new RerunPlan.Refresh(row, v));
                } else {
                    unchanged++;
                }
                continue;
            }
            added.add(v);
        }
        List<StoredIndicator> removed = new ArrayList<>();
        for (Deque<StoredIndicator> rows : untouched.values()) {
            for (StoredIndicator s : rows) {
                if (!reused.contains(s.id())) {
                    removed.add(s);
                }
            }
        }
        return new RerunPlan(documentId, added, changed, removed, unchanged, kept, duplicates);
    }

    Outcome merge(ReviewWriter w, long documentId, List<IndicatorValue> fresh, String extractedWith) {
        w.document(documentId);
        ReviewDao review = ReviewDao.of(w.tx());
        RerunPlan plan = plan(w.tx(), documentId, fresh);
        List<String> addedItems = new ArrayList<>();
        List<String> changedItems = new ArrayList<>();
        List<String> removedItems = new ArrayList<>();
        for (RerunPlan.Refresh r : plan.changed()) {
            review.refreshEngineValue(r.row().id(), r.fresh(), w.at());
            changedItems.add(describe(r.row().value()) + ": " + differences(r.row().value(), r.fresh()));
        }
        for (IndicatorValue v : plan.added()) {
            long id = review.insertEngineIndicator(documentId, v, w.at());
            w.indicatorEvent(id, documentId, null, null, describe(v));
            w.touched(id, documentId);
            addedItems.add(describe(v));
        }
        Set<Long> removed = new LinkedHashSet<>();
        for (StoredIndicator s : plan.removed()) {
            removed.add(s.id());
            removedItems.add(describe(s.value()));
            w.indicatorEvent(s.id(), documentId, null, describe(s.value()), null);
            w.touched(s.id(), documentId);
        }
        review.removeUnreviewedEngineIndicators(documentId, removed);
        review.finishRerun(documentId, extractedWith);
        RerunReport report = new RerunReport(documentId, plan.added().size(), removed.size(), plan.changed().size(),
                plan.unchanged(), plan.kept(), plan.duplicates(), addedItems, changedItems, removedItems);
        w.event(AuditEvent.DOCUMENT, documentId, documentId, "indicators", null, report.summary());
        w.documentIds.add(documentId);
        return new Outcome(report, removed);
    }

    private static boolean isUntouched(StoredIndicator s, Set<Long> tagged) {
        return s.origin() == IndicatorOrigin.ENGINE && s.status() == ReviewStatus.UNREVIEWED && !s.deleted()
                && (s.note() == null || s.note().isBlank()) && !tagged.contains(s.id());
    }

    /** Identity of an engine value across runs: its span, indicator code and number. */
    private static String key(IndicatorValue v) {
        return key(String.valueOf(v.start()), String.valueOf(v.end()), v.code(), AuditText.of(v.value()));
    }

    private static String key(String start, String end, String code, String value) {
        return start + '|' + end + '|' + code + '|' + value;
    }

    /**
     * The key the engine gave a kept row before the analyst corrected it, read from the row's first audited
     * change of each key field: a corrected row must not come back as a new uncorrected duplicate.
     */
    private static String engineKey(DataAccess tx, StoredIndicator s) {
        if (s.origin() != IndicatorOrigin.ENGINE || s.updatedBy() == null) {
            return key(s.value());
        }
        Map<String, String> original = new HashMap<>();
        original.put(IndicatorField.START.column(), String.valueOf(s.value().start()));
        original.put(IndicatorField.END.column(), String.valueOf(s.value().end()));
        original.put(IndicatorField.CODE.column(), s.value().code());
        original.put(IndicatorField.VALUE.column(), AuditText.of(s.value().value()));
        Set<String> seen = new HashSet<>();
        for (AuditEvent e : tx.audit().listByEntity(AuditEvent.INDICATOR, s.id())) {
            if (e.field() != null && original.containsKey(e.field()) && seen.add(e.field())) {
                original.put(e.field(), e.oldValue());
            }
        }
        return key(original.get(IndicatorField.START.column()), original.get(IndicatorField.END.column()),
                original.get(IndicatorField.CODE.column()), original.get(IndicatorField.VALUE.column()));
    }

    /** What the engine now reads otherwise, field by field ("kind actual → target, confidence 0.9 → 0.6"). */
    private static String differences(IndicatorValue before, IndicatorValue after) {
        List<String> out = new ArrayList<>();
        for (IndicatorField f : IndicatorField.values()) {
            Object b = f.get(before);
            Object a = f.get(after);
            if (!java.util.Objects.equals(b, a)) {
                out.add(f.column() + " " + AuditText.of(b) + " → " + AuditText.of(a));
            }
        }
        if (before.confidence() != after.confidence()) {
            out.add("confidence " + AuditText.of(before.confidence()) + " → " + AuditText.of(after.confidence()));
        }
        return String.join(", ", out);
    }

    static String describe(IndicatorValue v) {
        StringBuilder sb = new StringBuilder();
        sb.append(v.name() != null ? v.name() : v.code() != null ? v.code() : "?");
        if (v.value() != null) {
            sb.append(' ').append(AuditText.of(v.value()));
        }
        if (v.unit() != null) {
            sb.append(v.unit());
        }
        return sb.append(" @").append(v.start()).append('-').append(v.end()).toString();
    }
}
