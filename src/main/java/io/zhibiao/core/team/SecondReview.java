package io.zhibiao.core.team;

import io.zhibiao.core.model.Assignment;
import io.zhibiao.core.model.FigureReading;
import io.zhibiao.core.model.SecondReviewMark;
import io.zhibiao.core.model.SecondReviewRow;
import io.zhibiao.core.model.SecondVerdict;
import io.zhibiao.core.model.Verdict;
import io.zhibiao.core.review.ReviewAction;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.TeamDao;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The second review of a document: a lead marks it, and a second analyst judges the engine's rows again
 * without seeing the first analyst's verdicts or corrections. Their verdicts are kept apart from the rows'
 * own review (see V7__assignment_and_second_review.sql) and audited on the row ("second_verdict").
 */
public final class SecondReview {
    static final String MARK_FIELD = "second_review";
    static final String VERDICT_FIELD = "second_verdict";
    private final TeamSession session;
    private final Store store;
    private final String analyst;

    public SecondReview(Store store, String analyst, Clock clock) {
        this.session = new TeamSession(store, analyst, clock);
        this.store = store;
        this.analyst = analyst;
    }

    /**
     * Marks the documents for second review by {@code secondAnalyst} (null or blank: anyone but the first);
     * returns how many were marked.
     *
     * @throws TeamException if the analyst does not lead the team, or the second analyst is the document's own
     */
    public int mark(Collection<Long> documentIds, String secondAnalyst) {
        session.requireLead("mark documents for second review");
        String second = secondAnalyst == null || secondAnalyst.isBlank() ? null : secondAnalyst.strip();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(documentIds));
        return store.inTransaction(tx -> {
            TeamDao team = TeamDao.of(tx);
            TeamAudit audit = session.audit(tx, ReviewAction.SECOND_REVIEW);
            for (long id : ids) {
                if (tx.documents().findById(id).isEmpty()) {
                    throw new TeamException("Document " + id + " does not exist.");
                }
                Optional<String> first = team.assignment(id).map(Assignment::analyst);
                if (second != null && first.filter(second::equals).isPresent()) {
                    throw new TeamException(second + " reviews document " + id + " first and cannot review it a "
                            + "second time; name another analyst.");
                }
                String before = team.secondReview(id).map(m -> m.analyst() == null ? "" : m.analyst()).orElse(null);
                team.markForSecondReview(new SecondReviewMark(id, second, analyst, session.clock().instant()));
                audit.document(id, MARK_FIELD, before, second == null ? "" : second);
            }
            return ids.size();
        });
    }

    public Optional<SecondReviewMark> markOf(long documentId) {
        return TeamDao.of(store).secondReview(documentId);
    }

    /** Every document marked for second review. */
    public List<SecondReviewMark> marked() {
        return TeamDao.of(store).secondReviews();
    }

    /**
     * The engine's rows of the document as this analyst reviews them a second time, with their own verdicts.
     *
     * @throws TeamException if the document is not marked for second review or this analyst may not take it
     */
    public List<SecondReviewRow> rows(long documentId) {
        Map<Long, SecondReviewRow> rows = requireSecondReviewer(documentId);
        for (SecondVerdict v : TeamDao.of(store).secondVerdicts(documentId)) {
            rows.computeIfPresent(v.indicatorId(), (id, r) -> r.withMine(v));
        }
        return new ArrayList<>(rows.values());
    }

    /** The engine's reading is right. */
    public SecondVerdict verify(long documentId, long indicatorId) {
        return judge(documentId, indicatorId, Verdict.VERIFIED, null);
    }

    /** The row is not a figure of the report (or not one worth keeping). */
    public SecondVerdict reject(long documentId, long indicatorId) {
        return judge(documentId, indicatorId, Verdict.REJECTED, null);
    }

    /** The figure is {@code reading} (value, unit, code); the same as the engine's counts as verified. */
    public SecondVerdict correct(long documentId, long indicatorId, FigureReading reading) {
        return judge(documentId, indicatorId, Verdict.CORRECTED, Objects.requireNonNull(reading, "reading"));
    }

    private SecondVerdict judge(long documentId, long indicatorId, Verdict verdict, FigureReading corrected) {
        SecondReviewRow row = requireSecondReviewer(documentId).get(indicatorId);
        if (row == null) {
            throw new TeamException("Indicator " + indicatorId + " is not an engine row of document " + documentId + ".");
        }
        Verdict v = verdict == Verdict.CORRECTED && corrected.sameAs(row.engine()) ? Verdict.VERIFIED : verdict;
        FigureReading reading = switch (v) {
            case VERIFIED -> row.engine();
            case CORRECTED -> corrected;
            case REJECTED -> null;
        };
        SecondVerdict result = new SecondVerdict(indicatorId, documentId, analyst, v, reading, session.clock().instant());
        store.runInTransaction(tx -> {
            TeamDao team = TeamDao.of(tx);
            String before = team.secondVerdicts(documentId).stream().filter(s -> s.indicatorId() == indicatorId)
                    .findFirst().map(SecondReview::describe).orElse(null);
            team.putSecondVerdict(result);
            session.audit(tx, ReviewAction.SECOND_VERDICT).indicator(indicatorId, documentId, VERDICT_FIELD, before, describe(result));
        });
        return result;
    }

    /** The rows this analyst sees; refuses an analyst who may not review the document a second time. */
    private Map<Long, SecondReviewRow> requireSecondReviewer(long documentId) {
        TeamDao team = TeamDao.of(store);
        SecondReviewMark mark = team.secondReview(documentId).orElseThrow(() -> new TeamException(
                "Document " + documentId + " is not marked for second review."));
        if (team.assignment(documentId).map(Assignment::analyst).filter(analyst::equals).isPresent()) {
            throw new TeamException(analyst + " reviews document " + documentId + " first and cannot review it a "
                    + "second time.");
        }
        if (mark.analyst() != null && !mark.analyst().equals(analyst)) {
            throw new TeamException("Document " + documentId + " is for " + mark.analyst() + " to review a second "
                    + "time, not " + analyst + ".");
        }
        return EngineReadings.of(store, documentId);
    }

    static String describe(SecondVerdict v) {
        return v.verdict().id() + (v.reading() == null ? "" : " " + v.reading().text());
    }
}
