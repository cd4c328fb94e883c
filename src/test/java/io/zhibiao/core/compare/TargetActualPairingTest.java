package io.zhibiao.core.compare;

import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.ValueKind;
import io.zhibiao.core.store.ReviewStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.zhibiao.core.compare.Observations.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Which statements are paired, and which one wins when a year is stated twice. */
class TargetActualPairingTest {
    private static Observation obs(ValueKind kind, int year, double value, ReviewStatus status, DocumentKind docKind,
                                   int docYear, boolean stretch) {
        return of("GDP", Measure.GROWTH, kind, year, value, null, null, Qualifier.EQ, "%", null, null, status,
                docKind, docYear, stretch);
    }

    @Test
    void targetOfAYearMeetsTheActualOfThatYearFromTheNextReport() {
        Observation target2023 = obs(ValueKind.TARGET, 2023, 7, ReviewStatus.UNREVIEWED, DocumentKind.WORK_REPORT, 2023, false);
        Observation actual2022 = obs(ValueKind.ACTUAL, 2022, 5, ReviewStatus.UNREVIEWED, DocumentKind.WORK_REPORT, 2023, false);
        Observation actual2023 = obs(ValueKind.ACTUAL, 2023, 7.2, ReviewStatus.UNREVIEWED, DocumentKind.WORK_REPORT, 2024, false);
        List<TargetActualPair> pairs = TargetActualPairing.pair(List.of(target2023, actual2022, actual2023));
        assertEquals(2, pairs.size());
        assertEquals(2022, pairs.get(0).key().year());
        assertEquals(Outcome.NO_TARGET, pairs.get(0).outcome());
        assertSame(target2023, pairs.get(1).target());
        assertSame(actual2023, pairs.get(1).actual());
        assertEquals(Outcome.MET, pairs.get(1).outcome());
    }

    @Test
    void rejectedStatementsAreIgnoredAndCorrectedOnesWin() {
        Observation engine = obs(ValueKind.ACTUAL, 2023, 5, ReviewStatus.UNREVIEWED, DocumentKind.SUMMARY, 2024, false);
        Observation corrected = obs(ValueKind.ACTUAL, 2023, 7.5, ReviewStatus.CORRECTED, DocumentKind.SUMMARY, 2024, false);
        Observation rejected = obs(ValueKind.ACTUAL, 2023, 99, ReviewStatus.REJECTED, DocumentKind.COMPLETION_REPORT, 2024, false);
        Observation target = obs(ValueKind.TARGET, 2023, 7, ReviewStatus.UNREVIEWED, DocumentKind.WORK_REPORT, 2023, false);
        TargetActualPair p = TargetActualPairing.pair(List.of(engine, rejected, corrected, target)).get(0);
        assertSame(corrected, p.actual());
        assertEquals(2, p.actualCandidates());
        assertEquals(Outcome.MET, p.outcome());
        assertEquals(0.5, p.difference(), 1e-9);
    }

    @Test
    void bestSourcesWinTheYearTWorkReportForTargetsAndACompletionReportForActuals() {
        Observation summaryTarget = obs(ValueKind.TARGET, 2023, 6, ReviewStatus.UNREVIEWED, DocumentKind.SUMMARY, 2023, false);
        Observation reportTarget = obs(ValueKind.TARGET, 2023, 7, ReviewStatus.UNREVIEWED, DocumentKind.WORK_REPORT, 2023, false);
        Observation nextReport = obs(ValueKind.ACTUAL, 2023, 6.8, ReviewStatus.UNREVIEWED, DocumentKind.WORK_REPORT, 2024, false);
        Observation completion = obs(ValueKind.ACTUAL, 2023, 6.9, ReviewStatus.UNREVIEWED, DocumentKind.COMPLETION_REPORT, 2024, false);
        TargetActualPair p = TargetActualPairing.pair(List.of(summaryTarget, nextReport, reportTarget, completion)).get(0);
        assertSame(reportTarget, p.target());
        assertSame(completion, p.actual());
        assertEquals(Outcome.MISSED, p.outcome());
    }

    @Test
    void stretchTargetIsKeptApartAndJudgedOnItsOwn() {
        Observation target = obs(ValueKind.TARGET, 2023, 6, ReviewStatus.UNREVIEWED, DocumentKind.WORK_REPORT, 2023, false);
        Observation stretch = obs(ValueKind.TARGET, 2023, 7, ReviewStatus.UNREVIEWED, DocumentKind.WORK_REPORT, 2023, true);
        Observation actual = obs(ValueKind.ACTUAL, 2023, 6.5, ReviewStatus.UNREVIEWED, DocumentKind.WORK_REPORT, 2024, false);
        TargetActualPair p = TargetActualPairing.pair(List.of(stretch, target, actual)).get(0);
        assertSame(target, p.target());
        assertSame(stretch, p.stretchTarget());
        assertEquals(Outcome.MET, p.outcome());
        assertEquals(Outcome.MISSED, p.stretchOutcome());
    }

    @Test
    void differentMeasuresRegionsOrUncodedStatementsDoNotPair() {
        Observation growth = obs(ValueKind.TARGET, 2023, 6, ReviewStatus.UNREVIEWED, DocumentKind.WORK_REPORT, 2023, false);
        Observation level = of("GDP", Measure.LEVEL, ValueKind.ACTUAL, 2023, 1500.0, null, null, Qualifier.EQ, "亿元",
                null, null, ReviewStatus.UNREVIEWED, DocumentKind.WORK_REPORT, 2024, false);
        Observation uncoded = of(null, Measure.GROWTH, ValueKind.ACTUAL, 2023, 6.5, null, null, Qualifier.EQ, "%",
                null, null, ReviewStatus.UNREVIEWED, DocumentKind.WORK_REPORT, 2024, false);
        List<TargetActualPair> pairs = TargetActualPairing.pair(List.of(growth, level, uncoded));
        assertEquals(2, pairs.size());
        assertEquals(Outcome.NO_ACTUAL, pairs.stream().filter(p -> p.key().measure() == Measure.GROWTH)
                .findFirst().orElseThrow().outcome());
        assertNull(pairs.stream().filter(p -> p.key().measure() == Measure.LEVEL).findFirst().orElseThrow().target());
    }

    @Test
    void anAnalystsVerdictWinsOverABetterSource() {
        Observation completion = obs(ValueKind.ACTUAL, 2023, 6.9, ReviewStatus.UNREVIEWED, DocumentKind.COMPLETION_REPORT, 2024, false);
        Observation verifiedSummary = obs(ValueKind.ACTUAL, 2023, 7.1, ReviewStatus.VERIFIED, DocumentKind.SUMMARY, 2024, false);
        Observation target = obs(ValueKind.TARGET, 2023, 7, ReviewStatus.UNREVIEWED, DocumentKind.WORK_REPORT, 2023, false);
        TargetActualPair p = TargetActualPairing.pair(List.of(completion, verifiedSummary, target)).get(0);
        assertSame(verifiedSummary, p.actual());
        assertEquals(Outcome.MET, p.outcome());
    }
}
