package io.zhibiao.core.review;

import io.zhibiao.core.catalog.StoreCatalog;
import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.pipeline.ReportPipeline;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.DocumentListener;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.ReviewWork;
import io.zhibiao.core.store.ReviewDao;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.Tag;
import io.zhibiao.core.store.TagUsage;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The review actions of one analyst's session. Every action is written to the store at once, in one
 * transaction together with its audit events (so a failure leaves neither a partial change nor an audit
 * row), then recorded for undo and announced to the listeners. Safe to call from several threads.
 */
public final class ReviewService {
    private final Store store;
    private final String analyst;
    private final ReviewListeners listeners;
    /** Registered with the store only while someone listens, so a replaced service is not kept alive by it. */
    private final DocumentListener elsewhere;
    private final ReviewHistory history;
    private final SelectionDrafts drafts;
    private final ExtractionRerun rerun;
    private final ReviewSteps steps;
    private final Teaching teaching;

    /**
     * A service with the system clock and the extraction engine of the store's catalog (bundled and the
     * user's layer), read when first needed, so a catalog change applies to the next re-run.
     */
    public ReviewService(Store store, String analyst) {
        this(store, analyst, Clock.systemUTC(), () -> StoreCatalog.of(store).pipeline());
    }

    public ReviewService(Store store, String analyst, Clock clock, Supplier<ReportPipeline> pipeline) {
        this.store = Objects.requireNonNull(store, "store");
        Objects.requireNonNull(clock, "clock");
        if (analyst == null || analyst.isBlank()) {
            throw new IllegalArgumentException("Reviewing needs the analyst's name.");
        }
        if (analyst.strip().length() > 100) {
            throw new IllegalArgumentException("The analyst's name is longer than 100 characters.");
        }
        this.analyst = analyst.strip();
        Object lock = new Object();
        this.listeners = new ReviewListeners();
        ReviewExecutor executor = new ReviewExecutor(store, this.analyst, clock, listeners);
        this.history = new ReviewHistory(executor, lock);
        this.drafts = new SelectionDrafts(pipeline);
        this.rerun = new ExtractionRerun(store, pipeline);
        this.steps = new ReviewSteps(lock, executor, history, null);
        this.elsewhere = new ElsewhereChanges(store, listeners::fire);
        this.teaching = new Teaching(store, this, history, lock);
        history.teachingBy(teaching);
    }

    private ReviewService(ReviewService session, ReviewSteps steps) {
        this.store = session.store;
        this.analyst = session.analyst;
        this.listeners = session.listeners;
        this.elsewhere = session.elsewhere;
        this.history = session.history;
        this.drafts = session.drafts;
        this.rerun = session.rerun;
        this.steps = steps;
        this.teaching = session.teaching;
    }

    /**
     * The same session (one undo history, one set of listeners) acting for a view that shows {@code seen}: its
     * changes are based on the versions the view shows and are refused with a {@link StaleChangeException}
     * when a row moved on since; what they write becomes what the view shows. Without it, a change is based on
     * the row as read in its own transaction (scripts, the command line).
     */
    public ReviewService basedOn(SeenRows seen) {
        return new ReviewService(this, steps.basedOn(seen));
    }

    /** Corrections turned into catalog rules, previewed and undone as one step. */
    public Teaching teaching() {
        return teaching;
    }

    public String analyst() {
        return analyst;
    }

    public ReviewHistory history() {
        return history;
    }

    /**
     * Tells {@code listener} about every review change committed from now on: this session's, and, once the
     * store {@link Store#followOthers follows the others} on a team store, the other analysts' as
     * {@link ReviewAction#ELSEWHERE}.
     */
    public void addListener(ReviewListener listener) {
        synchronized (listeners) {
            if (listeners.isEmpty()) {
                store.addDocumentListener(elsewhere);
            }
            listeners.add(listener);
        }
    }

    public void removeListener(ReviewListener listener) {
        synchronized (listeners) {
            listeners.remove(listener);
            if (listeners.isEmpty()) {
                store.removeDocumentListener(elsewhere);
            }
        }
    }

    // ---- status ----------------------------------------------------------------------------------------

    /** Marks the indicator as checked and right. A corrected indicator stays corrected. */
    public boolean verify(long indicatorId) {
        return verifyAll(List.of(indicatorId)) > 0;
    }

    public boolean reject(long indicatorId) {
        return rejectAll(List.of(indicatorId)) > 0;
    }

    /** Takes back a verdict: the indicator is unreviewed again. */
    public boolean markUnreviewed(long indicatorId) {
        return markUnreviewedAll(List.of(indicatorId)) > 0;
    }

    /** Verifies many indicators as one step (one batch, one undo); returns how many changed. */
    public int verifyAll(Collection<Long> indicatorIds) {
        return steps.change(ReviewAction.VERIFY, indicatorIds,
                s -> s.status() == ReviewStatus.CORRECTED ? s : s.withStatus(ReviewStatus.VERIFIED));
    }

    public int rejectAll(Collection<Long> indicatorIds) {
        return steps.change(ReviewAction.REJECT, indicatorIds, s -> s.withStatus(ReviewStatus.REJECTED));
    }

    public int markUnreviewedAll(Collection<Long> indicatorIds) {
        return steps.change(ReviewAction.UNREVIEW, indicatorIds, s -> s.withStatus(ReviewStatus.UNREVIEWED));
    }

    // ---- corrections -----------------------------------------------------------------------------------

    /**
     * Corrects one field; the indicator becomes CORRECTED. Changing the value or unit also recomputes the
     * normalised value. Returns false when the field already had that value.
     *
     * @throws IllegalArgumentException if the value does not fit the field
     */
    public boolean correct(long indicatorId, IndicatorField field, Object newValue) {
        Objects.requireNonNull(field, "field");
        return steps.change(ReviewAction.CORRECT, List.of(indicatorId), s -> corrected(s, field.with(s.value(), newValue)))
                > 0;
    }

    /** Saves a whole corrected form: every field that differs is corrected (and audited) in one step. */
    public boolean correct(long indicatorId, IndicatorValue corrected) {
        Objects.requireNonNull(corrected, "corrected");
        return steps.change(ReviewAction.CORRECT, List.of(indicatorId), s -> corrected(s, corrected)) > 0;
    }

    private static IndicatorSnapshot corrected(IndicatorSnapshot s, IndicatorValue v) {
        IndicatorValue next = Normalization.follow(s.value(), v);
        if (next.start() < 0 || next.end() < next.start()) {
            throw new IllegalArgumentException("The span " + next.start() + ".." + next.end() + " is not valid.");
        }
        return next.equals(s.value()) ? s : s.withValue(next).withStatus(ReviewStatus.CORRECTED);
    }

    /**
     * Settles the row on a decision between two reviewers (adjudication): it takes {@code status} and the
     * value's code, figure and unit from {@code decided}, as one audited, undoable step.
     */
    public boolean settle(long indicatorId, ReviewStatus status, IndicatorValue decided) {
        return settle(indicatorId, status, decided, tx -> { });
    }

    /** As {@link #settle(long, ReviewStatus, IndicatorValue)}, with the decision's own record in the same transaction. */
    public boolean settle(long indicatorId, ReviewStatus status, IndicatorValue decided,
                          java.util.function.Consumer<io.zhibiao.core.store.DataAccess> record) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(decided, "decided");
        return steps.change(ReviewAction.ADJUDICATE, List.of(indicatorId),
                s -> s.withValue(Normalization.follow(s.value(), decided)).withStatus(status), record) > 0;
    }

    // ---- note, delete ------------------------------------------------------------------------------------

    /** Sets the indicator's note; blank clears it. */
    public boolean setNote(long indicatorId, String note) {
        String clean = note == null || note.isBlank() ? null : note.strip();
        return steps.change(ReviewAction.NOTE, List.of(indicatorId), s -> s.withNote(clean)) > 0;
    }

    /** Hides the indicator; it stays in the store with its history and can be restored. */
    public boolean delete(long indicatorId) {
        return deleteAll(List.of(indicatorId)) > 0;
    }

    public int deleteAll(Collection<Long> indicatorIds) {
        return steps.change(ReviewAction.DELETE, indicatorIds, s -> s.withDeleted(true));
    }

    public int restoreAll(Collection<Long> indicatorIds) {
        return steps.change(ReviewAction.RESTORE, indicatorIds, s -> s.withDeleted(false));
    }

    // ---- tags --------------------------------------------------------------------------------------------

    /**
     * Puts the tag named {@code tagName} on every indicator given, creating the tag with {@code colorIfNew}
     * when it does not exist yet. One step; returns how many indicators got the tag.
     */
    public int tag(Collection<Long> indicatorIds, String tagName, String colorIfNew) {
        Tag tag = tagNamed(tagName, colorIfNew);
        return steps.change(ReviewAction.TAG, indicatorIds, s -> {
            Set<Tag> tags = new LinkedHashSet<>(s.tags());
            tags.add(tag);
            return s.withTags(tags);
        });
    }

    public int untag(Collection<Long> indicatorIds, long tagId) {
        return steps.change(ReviewAction.UNTAG, indicatorIds, s -> {
            Set<Tag> tags = new LinkedHashSet<>(s.tags());
            tags.removeIf(t -> t.id() == tagId);
            return s.withTags(tags);
        });
    }

    /** The existing tag of that name, or a new one (its creation is audited, not undone). */
    public Tag tagNamed(String name, String colorIfNew) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A tag needs a name.");
        }
        if (name.strip().length() > 100) {
            throw new IllegalArgumentException("A tag name must not be longer than 100 characters.");
        }
        String clean = name.strip();
        return store.tags().findByName(clean).orElseGet(() -> steps.commit(ReviewAction.CREATE_TAG, w -> {
            Tag t = w.tx().tags().findByName(clean).orElse(null);
            if (t == null) {
                t = w.tx().tags().create(clean, colorIfNew);
                w.event(AuditEvent.TAG, t.id(), null, "name", null, t.name());
            }
            return t;
        }, t -> { }));
    }

    public List<Tag> tagsOf(long indicatorId) {
        return store.tags().tagsOf(indicatorId);
    }

    /** Every tag, by name: for autocomplete. */
    public List<Tag> allTags() {
        return store.tags().findAll();
    }

    /** Every tag with how many live indicators carry it, most used first: for autocomplete ranking. */
    public List<TagUsage> tagUsage() {
        return store.inTransaction(tx -> ReviewDao.of(tx).tagUsage());
    }

    // ---- merging a refused change ------------------------------------------------------------------------

    /**
     * Writes the analyst's choice after a refused change: the stored version with the fields in
     * {@code takeMine} taken from the refused one (none: keep theirs, nothing is written). A new change based on
     * the stored version, so it is refused again if someone changed the row meanwhile; one undoable step.
     * An indicator's change is merged by {@link MergeField}, a document's correction by {@link OverrideField}.
     * Returns whether it wrote.
     *
     * @throws StaleChangeException if the row moved on again since {@code stale} was read
     */
    public boolean merge(StaleChange stale, Set<? extends MergeableField> takeMine) {
        Objects.requireNonNull(stale, "stale");
        if (stale.isIndicator()) {
            return steps.merge(stale, only(MergeField.class, takeMine));
        }
        return steps.mergeCorrections(stale, only(OverrideField.class, takeMine));
    }

    private static <F extends MergeableField> Set<F> only(Class<F> type, Set<? extends MergeableField> fields) {
        Set<F> typed = new java.util.HashSet<>();
        for (MergeableField f : fields) {
            if (!type.isInstance(f)) {
                throw new IllegalArgumentException(f + " is no field of this kind of row");
            }
            typed.add(type.cast(f));
        }
        return typed;
    }

    // ---- adding ------------------------------------------------------------------------------------------

    /**
     * A pre-filled indicator for text the analyst selected in the original text: what the extraction
     * engine reads there, or the number (and unit) of the selection when the engine finds nothing. Nothing
     * is stored; pass the (edited) draft to {@link #addIndicator}.
     */
    public IndicatorValue draftFromSelection(String originalText, int start, int end, int reportYear,
                                             DocumentKind kind) {
        return draftFromSelection(originalText, start, end, reportYear, kind, null);
    }

    /** As above for a report of {@code regionCode}, read as the import read it (its own places are not others). */
    public IndicatorValue draftFromSelection(String originalText, int start, int end, int reportYear,
                                             DocumentKind kind, String regionCode) {
        return drafts.draft(originalText, start, end, reportYear, kind, regionCode);
    }

    /** Adds an indicator the engine missed, as verified; returns its id. Undo hides it again. */
    public long addIndicator(long documentId, IndicatorValue value) {
        Objects.requireNonNull(value, "value");
        if (value.start() < 0 || value.end() < value.start()) {
            throw new IllegalArgumentException("The span " + value.start() + ".." + value.end() + " is not valid.");
        }
        ReviewCommand step = steps.commit(ReviewAction.ADD, w -> {
            long id = w.insert(documentId, value);
            IndicatorSnapshot added = w.snapshot(id);
            return new ReviewCommand(ReviewAction.ADD,
                    List.of(new IndicatorChange(added.withDeleted(true), added)), List.of());
        }, history::record);
        return step.indicatorChanges().get(0).after().id();
    }

    // ---- documents ---------------------------------------------------------------------------------------

    /** Corrects the document's region; null goes back to the detected one. */
    public boolean overrideRegion(long documentId, String regionCode) {
        String code = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
        if (code != null && !code.matches("\\d{6,12}")) {
            throw new IllegalArgumentException("A region code is 6 to 12 digits, got: " + regionCode);
        }
        return override(documentId, OverrideField.REGION, code);
    }

    /** Corrects the year the report is for; null goes back to the detected one. */
    public boolean overrideYear(long documentId, Integer year) {
        if (year != null && (year < 1949 || year > 2200)) {
            throw new IllegalArgumentException("The report year must be between 1949 and 2200, got: " + year);
        }
        return override(documentId, OverrideField.YEAR, year);
    }

    public boolean overrideKind(long documentId, DocumentKind kind) {
        return override(documentId, OverrideField.KIND, kind);
    }

    private boolean override(long documentId, OverrideField field, Object value) {
        return steps.override(documentId, field, value);
    }

    // ---- deleting documents ------------------------------------------------------------------------------

    /**
     * Deletes documents as one step (one undo): they go to the trash whole (text, indicators, review
     * status, notes, tags) and leave every listing, search, chart and export. The history names each one.
     * Returns how many went (documents already in the trash do not count).
     *
     * @throws ReviewException for an id the store does not hold
     */
    public int deleteDocuments(Collection<Long> documentIds) {
        return steps.moveTrash(ReviewAction.DELETE_DOCUMENT, documentIds, true);
    }

    /**
     * Takes documents out of the trash as one step, as they were: what undo of a delete does, for a
     * later session that has no undo of it. Returns how many came back.
     */
    public int restoreDocuments(Collection<Long> documentIds) {
        return steps.moveTrash(ReviewAction.RESTORE_DOCUMENT, documentIds, false);
    }


    /** What deleting these documents would take out of the corpus: the confirmation names it. */
    public ReviewWork workIn(Collection<Long> documentIds) {
        return store.documents().reviewWork(documentIds);
    }

    /** The documents in the trash, which {@link #emptyTrash()} would remove for good. */
    public List<DocumentSummary> trash() {
        return store.documents().listTrash();
    }

    /**
     * Removes the documents in the trash for good: this is the analyst's choice to lose their work, and it
     * cannot be undone (undo steps about them are dropped). The history keeps an event naming each one.
     * Returns their ids.
     */
    public List<Long> emptyTrash() {
        return steps.commit(ReviewAction.EMPTY_TRASH, w -> {
            List<DocumentSummary> trashed = w.tx().documents().listTrash();
            for (DocumentSummary d : trashed) {
                w.event(AuditEvent.DOCUMENT, d.id(), d.id(), DocumentLabel.FIELD, DocumentLabel.of(d), null);
            }
            List<Long> ids = w.tx().documents().purgeTrash();
            w.documentIds.addAll(ids);
            w.trashedIds.addAll(ids);
            return ids;
        }, ids -> history.forgetDocuments(Set.copyOf(ids)));
    }

    // ---- re-running extraction ---------------------------------------------------------------------------

    /**
     * Runs the extraction engine again on the document (with its effective year and kind) and merges the
     * result without losing review work; see {@link #mergeExtraction}.
     */
    public RerunReport rerunExtraction(long documentId) {
        // the steps reextract takes for each document: extract, merge, stamp with the engine and catalog that
        // ran; a text changed behind the store's back is refused as such (DamagedTextException), not re-read
        return mergeExtraction(documentId, extractWith(rerun.pipeline(), documentId),
                StoreCatalog.of(store).extractedWith());
    }

    /**
     * Merges a fresh engine result into the document: unreviewed engine rows are replaced, rows holding
     * analyst work are kept, and a fresh value identical (span, code, value) to a kept row is not added
     * again. One audited transaction. Undo steps about rows it removed are dropped; the re-run itself is
     * not undoable.
     */
    public RerunReport mergeExtraction(long documentId, List<IndicatorValue> fresh) {
        return mergeExtraction(documentId, fresh, null);
    }

    /** As {@link #mergeExtraction(long, List)}, recording which engine and catalog found {@code fresh} (if not null). */
    public RerunReport mergeExtraction(long documentId, List<IndicatorValue> fresh, String extractedWith) {
        return merge(documentId, fresh, extractedWith, true);
    }

    /** As {@link #mergeExtraction(long, List, String)}, the commit not forced to disk: see {@link Store#inBulkTransaction}. */
    RerunReport mergeInBulk(long documentId, List<IndicatorValue> fresh, String extractedWith) {
        return merge(documentId, fresh, extractedWith, false);
    }

    private RerunReport merge(long documentId, List<IndicatorValue> fresh, String extractedWith, boolean durable) {
        Objects.requireNonNull(fresh, "fresh");
        return steps.commit(ReviewAction.RERUN, w -> rerun.merge(w, documentId, fresh, extractedWith),
                outcome -> history.forget(outcome.removedIds()), durable).report();
    }

    /** The engine's values for a stored document's text, read by {@code engine} with the document's effective year and kind. */
    List<IndicatorValue> extractWith(ReportPipeline engine, long documentId) {
        return rerun.with(engine).extract(documentId);
    }

    List<IndicatorValue> extractWith(ReportPipeline engine, DocumentSummary document, String originalText) {
        return rerun.with(engine).extract(document, originalText);
    }

    // ---- history -----------------------------------------------------------------------------------------

    /** The indicator's audit history, oldest first. */
    public List<AuditEvent> historyOf(long indicatorId) {
        return store.audit().listByEntity(AuditEvent.INDICATOR, indicatorId);
    }

    /** Every audited event about the document or its indicators, oldest first. */
    public List<AuditEvent> historyOfDocument(long documentId) {
        return store.audit().listByDocument(documentId);
    }
}
