package io.zhibiao.core.team;

import io.zhibiao.core.model.Adjudication;
import io.zhibiao.core.model.Adjudication.Decision;
import io.zhibiao.core.model.FigureReading;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.RowComparison;
import io.zhibiao.core.model.Verdict;
import io.zhibiao.core.review.IndicatorField;
import io.zhibiao.core.review.ReviewAction;
import io.zhibiao.core.review.ReviewService;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.TeamDao;

import java.time.Clock;
import java.util.Objects;

/**
 * Settles a row the two reviewers disagree on. The decision becomes the row's review status and figure
 * through the normal review path ({@link ReviewService#settle}: audited, undoable), and the decision itself
 * is kept beside the first verdict it replaced, so agreement stays measured between the two reviews.
 */
public final class Adjudicator {
    static final String FIELD = "adjudication";
    private final TeamSession session;
    private final ReviewService review;
    private final Agreements agreements;

    /** @param review the adjudicator's review service: decisions are recorded under its analyst */
    public Adjudicator(Store store, ReviewService review, Clock clock) {
        this.review = Objects.requireNonNull(review, "review");
        this.session = new TeamSession(store, review.analyst(), clock);
        this.agreements = new Agreements(store);
    }

    /** Takes the first reviewer's verdict and figure. */
    public Adjudication takeFirst(long documentId, long indicatorId) {
        RowComparison row = row(documentId, indicatorId);
        return decide(row, Decision.FIRST, row.firstVerdict(), row.first());
    }

    /** Takes the second reviewer's verdict and figure. */
    public Adjudication takeSecond(long documentId, long indicatorId) {
        RowComparison row = row(documentId, indicatorId);
        return decide(row, Decision.SECOND, row.secondVerdict(), row.second());
    }

    /** The adjudicator's own figure: the row is corrected to it. */
    public Adjudication takeOwn(long documentId, long indicatorId, FigureReading own) {
        Objects.requireNonNull(own, "own");
        return decide(row(documentId, indicatorId), Decision.OWN, Verdict.CORRECTED, own);
    }

    private RowComparison row(long documentId, long indicatorId) {
        session.requireLead("adjudicate");
        return agreements.compare(documentId).stream().filter(r -> r.indicatorId() == indicatorId).findFirst()
                .orElseThrow(() -> new TeamException("Indicator " + indicatorId + " of document " + documentId
                        + " has not been judged by both reviewers."));
    }

    private Adjudication decide(RowComparison row, Decision decision, Verdict verdict, FigureReading reading) {
        IndicatorValue current = session.store().indicators().findById(row.indicatorId()).orElseThrow().value();
        IndicatorValue decided = reading == null ? current : withReading(current, reading);
        Adjudication a = new Adjudication(row.indicatorId(), row.documentId(), decision, row.firstVerdict(),
                row.first(), session.analyst(), session.clock().instant());
        // the row's new state and the decision's record commit together: never a settled row without its decision
        review.settle(row.indicatorId(), ReviewStatus.fromId(verdict.id()), decided, tx -> {
            TeamDao.of(tx).putAdjudication(a);
            session.audit(tx, ReviewAction.ADJUDICATE).indicator(row.indicatorId(),
                    row.documentId(), FIELD, null, decision.id() + ": " + verdict.id()
                            + (reading == null ? "" : " " + reading.text()));
        });
        return a;
    }

    private static IndicatorValue withReading(IndicatorValue v, FigureReading r) {
        IndicatorValue next = IndicatorField.VALUE.with(v, r.value());
        next = IndicatorField.UNIT.with(next, r.unit());
        return IndicatorField.CODE.with(next, r.code());
    }
}
