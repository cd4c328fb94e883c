package io.zhibiao.core.team;

import io.zhibiao.core.model.Adjudication;
import io.zhibiao.core.model.DocumentAgreement;
import io.zhibiao.core.model.FigureReading;
import io.zhibiao.core.model.RowComparison;
import io.zhibiao.core.model.SecondReviewMark;
import io.zhibiao.core.model.SecondVerdict;
import io.zhibiao.core.model.Verdict;
import io.zhibiao.core.store.IndicatorOrigin;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.TeamDao;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How far the first and the second review of the documents marked for second review agree: per document
 * and overall, percent agreement and Cohen's kappa on the verdicts (verified / corrected / rejected), and on
 * the values (value, unit and code) of the rows both held a figure. Only rows both reviewers judged count.
 */
public final class Agreements {
    private final Store store;

    public Agreements(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The rows of the document both reviewers judged, in row order. */
    public List<RowComparison> compare(long documentId) {
        TeamDao team = TeamDao.of(store);
        Map<Long, Adjudication> decided = new HashMap<>();
        team.adjudications(documentId).forEach(a -> decided.put(a.indicatorId(), a));
        Map<Long, SecondVerdict> second = new HashMap<>();
        team.secondVerdicts(documentId).forEach(v -> second.put(v.indicatorId(), v));
        List<RowComparison> rows = new ArrayList<>();
        for (StoredIndicator row : store.indicators().findByDocument(documentId)) {
            SecondVerdict s = second.get(row.id());
            if (s == null || row.origin() != IndicatorOrigin.ENGINE) {
                continue;
            }
            Adjudication a = decided.get(row.id());
            Verdict firstVerdict = a != null ? a.firstVerdict() : verdictOf(row.status());
            if (firstVerdict == null) {
                continue; // the first analyst has not judged it yet
            }
            FigureReading first = a != null ? a.firstReading()
                    : firstVerdict == Verdict.REJECTED ? null : FigureReading.of(row.value());
            rows.add(new RowComparison(row.id(), documentId, row.value().name(), row.value().sentence(), firstVerdict,
                    first, s.verdict(), s.reading(), a));
        }
        return rows;
    }

    /** The rows of the document the reviewers disagree on, decided or not. */
    public List<RowComparison> disagreements(long documentId) {
        return compare(documentId).stream().filter(RowComparison::disagree).toList();
    }

    /** Agreement of one document. */
    public DocumentAgreement of(long documentId) {
        return summary(documentId, compare(documentId));
    }

    /** Agreement per document marked for second review, by document id. */
    public List<DocumentAgreement> perDocument() {
        return TeamDao.of(store).secondReviews().stream().map(SecondReviewMark::documentId)
                .map(this::of).toList();
    }

    /** Agreement over every row of every document marked for second review (documentId 0). */
    public DocumentAgreement overall() {
        List<RowComparison> all = new ArrayList<>();
        for (SecondReviewMark m : TeamDao.of(store).secondReviews()) {
            all.addAll(compare(m.documentId()));
        }
        return summary(0, all);
    }

    static DocumentAgreement summary(long documentId, List<RowComparison> rows) {
        List<CohenKappa.Pair<Verdict>> verdicts = rows.stream()
                .map(r -> new CohenKappa.Pair<>(r.firstVerdict(), r.secondVerdict())).toList();
        List<CohenKappa.Pair<String>> values = rows.stream().filter(RowComparison::bothReadAFigure)
                .map(r -> new CohenKappa.Pair<>(r.first().text(), r.second().text())).toList();
        int disagreements = (int) rows.stream().filter(RowComparison::disagree).count();
        return new DocumentAgreement(documentId, CohenKappa.of(verdicts), CohenKappa.of(values), disagreements);
    }

    static Verdict verdictOf(ReviewStatus status) {
        return status == ReviewStatus.UNREVIEWED ? null : Verdict.fromId(status.id());
    }
}
