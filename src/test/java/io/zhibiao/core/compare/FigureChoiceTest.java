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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which statement of a figure is shown, and when its statements disagree. */
class FigureChoiceTest {
    private static Observation actual(double value, ReviewStatus status, DocumentKind kind) {
        return of("FAI", Measure.GROWTH, ValueKind.ACTUAL, 2023, value, null, null, Qualifier.EQ, "%", null, null,
                status, kind, 2024, false);
    }

    @Test
    void unreviewedStatementsThatDisagreeAreAConflictAndTheBestSourceIsShown() {
        Observation summary = actual(10.3, ReviewStatus.UNREVIEWED, DocumentKind.SUMMARY);
        Observation report = actual(13.8, ReviewStatus.UNREVIEWED, DocumentKind.WORK_REPORT);
        FigureChoice c = FigureChoice.of(List.of(summary, report));
        assertSame(report, c.chosen());
        assertTrue(c.conflicting());
        assertEquals(List.of(report, summary), c.candidates());
    }

    @Test
    void theSameValueStatedTwiceIsNoConflict() {
        FigureChoice c = FigureChoice.of(List.of(actual(13.8, ReviewStatus.UNREVIEWED, DocumentKind.SUMMARY),
                actual(13.8, ReviewStatus.UNREVIEWED, DocumentKind.WORK_REPORT)));
        assertFalse(c.conflicting());
    }

    @Test
    void aVerdictSettlesTheEnginesDisagreementButNotAnotherVerdict() {
        Observation verified = actual(12.6, ReviewStatus.VERIFIED, DocumentKind.SUMMARY);
        Observation engine = actual(12.0, ReviewStatus.UNREVIEWED, DocumentKind.COMPLETION_REPORT);
        FigureChoice settled = FigureChoice.of(List.of(engine, verified));
        assertSame(verified, settled.chosen());
        assertFalse(settled.conflicting());

        Observation corrected = actual(12.5, ReviewStatus.CORRECTED, DocumentKind.WORK_REPORT);
        FigureChoice disputed = FigureChoice.of(List.of(engine, verified, corrected));
        assertSame(corrected, disputed.chosen());
        assertTrue(disputed.conflicting(), "two analysts' verdicts disagree");
    }

    @Test
    void rejectedStatementsNeverCount() {
        Observation rejected = actual(99, ReviewStatus.REJECTED, DocumentKind.COMPLETION_REPORT);
        Observation engine = actual(0.7, ReviewStatus.UNREVIEWED, DocumentKind.SUMMARY);
        FigureChoice c = FigureChoice.of(List.of(rejected, engine));
        assertSame(engine, c.chosen());
        assertFalse(c.conflicting());
        assertEquals(List.of(engine), c.candidates());
        assertNull(FigureChoice.of(List.of(rejected)));
    }

    @Test
    void amountsAgreeInTheirNormalisedUnit() {
        Observation wan = of("GDP", Measure.LEVEL, ValueKind.ACTUAL, 2023, 4.38, null, null, Qualifier.EQ, "万亿元",
                4.38e12, "元", ReviewStatus.UNREVIEWED, DocumentKind.WORK_REPORT, 2024, false);
        Observation yi = of("GDP", Measure.LEVEL, ValueKind.ACTUAL, 2023, 43800.0, null, null, Qualifier.EQ, "亿元",
                4.38e12, "元", ReviewStatus.UNREVIEWED, DocumentKind.SUMMARY, 2024, false);
        assertTrue(FigureChoice.sameFigure(wan, yi));
        assertFalse(FigureChoice.of(List.of(wan, yi)).conflicting());
    }
}
