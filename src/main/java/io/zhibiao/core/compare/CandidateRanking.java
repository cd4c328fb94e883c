package io.zhibiao.core.compare;

import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.store.ReviewStatus;

import java.util.Comparator;

/**
 * Which statement wins when a document set states the same target or actual more than once.
 * The best source comes first (the year-T work report for targets; a completion report, then the
 * T+1 work report's review, then a summary for actuals), then reviewed over unreviewed values,
 * numbers over qualitative statements, higher engine confidence, and finally text order.
 */
final class CandidateRanking {
    private CandidateRanking() {
    }

    static final Comparator<Observation> TARGETS = Comparator
            .comparingInt(CandidateRanking::targetSource)
            .thenComparing(CandidateRanking::tieBreak);

    static final Comparator<Observation> ACTUALS = Comparator
            .comparingInt(CandidateRanking::actualSource)
            .thenComparing(CandidateRanking::tieBreak);

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

    private static int tieBreak(Observation a, Observation b) {
        return Comparator.comparingInt(CandidateRanking::statusRank)
                .thenComparing(o -> o.hasNumber() ? 0 : 1)
                .thenComparing(Comparator.comparingDouble(Observation::confidence).reversed())
                .thenComparingLong(Observation::documentId)
                .thenComparingInt(Observation::startOffset)
                .thenComparingLong(Observation::indicatorId)
                .compare(a, b);
    }
}
