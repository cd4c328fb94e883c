package io.zhibiao.core.compare;

import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.store.ReviewStatus;

import java.util.Comparator;

/**
 * Which statement wins when a document set states the same target or actual more than once.
 * An analyst's verdict comes first: a corrected value, then a verified one, before any unreviewed one,
 * whatever its source. Then the best source (the year-T work report for targets; a completion report,
 * then the T+1 work report's review, then a summary for actuals), numbers over qualitative statements,
 * higher engine confidence, and finally text order.
 */
final class CandidateRanking {
    private CandidateRanking() {
    }

    private static final Comparator<Observation> TIE_BREAK = Comparator
            .comparingInt((Observation o) -> o.hasNumber() ? 0 : 1)
            .thenComparing(Comparator.comparingDouble(Observation::confidence).reversed())
            .thenComparingLong(Observation::documentId)
            .thenComparingInt(Observation::startOffset)
            .thenComparingLong(Observation::indicatorId);

    static final Comparator<Observation> TARGETS = Comparator
            .comparingInt(CandidateRanking::statusRank)
            .thenComparingInt(CandidateRanking::targetSource)
            .thenComparing(TIE_BREAK);

    static final Comparator<Observation> ACTUALS = Comparator
            .comparingInt(CandidateRanking::statusRank)
            .thenComparingInt(CandidateRanking::actualSource)
            .thenComparing(TIE_BREAK);

    /** The ranking of a statement's role: actuals by their sources, targets and stretch targets by theirs. */
    static Comparator<Observation> of(Observation o) {
        return o.kind() == io.zhibiao.core.model.ValueKind.ACTUAL ? ACTUALS : TARGETS;
    }

    /** True for a value an analyst verified or corrected. */
    static boolean reviewed(Observation o) {
        return statusRank(o) < 2;
    }

    private static int targetSource(Observation o) {
        boolean sameYear = o.documentYear() != null && o.documentYear().equals(o.year());
        if (sameYear && o.documentKind() == DocumentKind.WORK_REPORT) {
            return 0;
        }
        return sameYear ? 1 : 2;
    }

    private static int actualSource(Observation o) {
        boolean nextYear = o.documentYear() != null && o.year() != null && o.documentYear() == o.year() + 1;
        if (o.documentKind() == DocumentKind.COMPLETION_REPORT) {
            return 0;
        }
        if (nextYear && o.documentKind() == DocumentKind.WORK_REPORT) {
            return 1;
        }
        if (o.documentKind() == DocumentKind.SUMMARY) {
            return 2;
        }
        return 3;
    }

    private static int statusRank(Observation o) {
        ReviewStatus s = o.status();
        if (s == ReviewStatus.CORRECTED) {
            return 0;
        }
        return s == ReviewStatus.VERIFIED ? 1 : 2;
    }
}
