package io.zhibiao.core.review;

import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.ValueKind;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.core.store.ReviewStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** Verdicts and field corrections, each visible in the audit trail as old -> new. */
class StatusAndCorrectionTest extends ReviewTestBase {
    @Test
    void verifyAndRejectAreStoredAuditedAndCounted() {
        assertEquals(0, f.reviewedCount());
        assertTrue(f.service.verify(f.gdp));
        assertEquals(ReviewStatus.VERIFIED, f.row(f.gdp).status());
        assertEquals("张敏", f.row(f.gdp).updatedBy());
        assertEquals(1, f.reviewedCount());

        assertTrue(f.service.reject(f.unemployment));
        assertEquals(2, f.reviewedCount());
        assertFalse(f.service.verify(f.gdp), "verifying twice changes nothing");

        List<AuditEvent> history = f.service.historyOf(f.gdp);
        assertEquals(1, history.size());
        AuditEvent e = history.get(0);
        assertEquals(List.of("verify", "张敏", "indicator", "status", "unreviewed", "verified"),
                List.of(e.action(), e.analyst(), e.entityType(), e.field(), e.oldValue(), e.newValue()));
        assertEquals(ReviewFixture.AT, e.occurredAt());
        assertEquals(f.documentId, e.documentId());
        assertNotNull(e.batchId());
        assertEquals("rejected", f.service.historyOf(f.unemployment).get(0).newValue());

        assertTrue(f.service.markUnreviewed(f.unemployment));
        assertEquals(1, f.reviewedCount());
    }

    static Stream<Arguments> corrections() {
        return Stream.of(
                Arguments.of(IndicatorField.VALUE, 6.5, "6", "6.5"),
                Arguments.of(IndicatorField.UNIT, "个百分点", "%", "个百分点"),
                Arguments.of(IndicatorField.CODE, "gdp", "gdp_growth", "gdp"),
                Arguments.of(IndicatorField.MEASURE, Measure.LEVEL, "growth", "level"),
                Arguments.of(IndicatorField.KIND, ValueKind.ACTUAL, "target", "actual"),
                Arguments.of(IndicatorField.YEAR, 2023, "2024", "2023"),
                Arguments.of(IndicatorField.QUALIFIER, Qualifier.GE, "approx", "ge"),
                Arguments.of(IndicatorField.LOW, 6.0, null, "6"),
                Arguments.of(IndicatorField.HIGH, 6.5, null, "6.5"),
                Arguments.of(IndicatorField.STRETCH, true, "false", "true"),
                Arguments.of(IndicatorField.ESTIMATED, true, "false", "true"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corrections")
    void everyFieldCanBeCorrectedWithItsAuditRow(IndicatorField field, Object newValue, String old, String now) {
        assertTrue(f.service.correct(f.gdp, field, newValue));

        IndicatorValue after = f.row(f.gdp).value();
        assertEquals(field.type() == Double.class ? ((Number) newValue).doubleValue() : newValue, field.get(after));
        assertEquals(ReviewStatus.CORRECTED, f.row(f.gdp).status());
        assertEquals(1, f.reviewedCount());
        AuditEvent change = f.service.historyOf(f.gdp).stream()
                .filter(e -> field.column().equals(e.field())).findFirst().orElseThrow();
        assertEquals("correct", change.action());
        assertEquals(old, change.oldValue());
        assertEquals(now, change.newValue());
        assertTrue(f.service.historyOf(f.gdp).stream().anyMatch(e -> "status".equals(e.field())
                && "corrected".equals(e.newValue())));
    }

    @Test
    void correctingTheValueOrUnitRecomputesTheNormalisedValue() {
        f.service.correct(f.firms, IndicatorField.UNIT, "万家");
        IndicatorValue v = f.row(f.firms).value();
        assertEquals(180000.0, v.normalizedValue());
        assertEquals("家", v.normalizedUnit());
        f.service.correct(f.firms, IndicatorField.VALUE, 2);
        assertEquals(20000.0, f.row(f.firms).value().normalizedValue());
    }

    @Test
    void undoOfACorrectionRestoresEveryFieldExactly() {
        IndicatorValue original = f.row(f.gdp).value();
        IndicatorValue form = new IndicatorValue("gdp_total", "地区生产总值总量", Measure.LEVEL, ValueKind.ACTUAL,
                2023, 2100.5, "亿元", null, null, Qualifier.RANGE, 2100.0, 2200.0, true, true, false,
                original.start() + 1, original.end() + 2, "改过的句子", original.confidence());
        assertTrue(f.service.correct(f.gdp, form));
        IndicatorValue stored = f.row(f.gdp).value();
        assertEquals(2.1005e11, stored.normalizedValue(), 1);
        assertEquals("元", stored.normalizedUnit());
        assertEquals("Correct 1 indicator", f.service.history().nextUndo().orElseThrow().label());

        f.service.history().undo();
        assertEquals(original, f.row(f.gdp).value());
        assertEquals(ReviewStatus.UNREVIEWED, f.row(f.gdp).status());
        assertEquals(0, f.reviewedCount());
        assertTrue(f.service.historyOf(f.gdp).stream().anyMatch(e -> "undo".equals(e.action())
                && "stated_value".equals(e.field()) && "2100.5".equals(e.oldValue()) && "6".equals(e.newValue())));

        f.service.history().redo();
        assertEquals(stored, f.row(f.gdp).value());
        assertEquals(ReviewStatus.CORRECTED, f.row(f.gdp).status());
    }

    @Test
    void verifyingACorrectedIndicatorKeepsItMarkedCorrected() {
        f.service.correct(f.gdp, IndicatorField.VALUE, 6.5);
        assertFalse(f.service.verify(f.gdp));
        assertEquals(ReviewStatus.CORRECTED, f.row(f.gdp).status());
    }

    @Test
    void badCorrectionsAreRefusedClearlyAndWriteNothing() {
        IllegalArgumentException wrongType = assertThrows(IllegalArgumentException.class,
                () -> f.service.correct(f.gdp, IndicatorField.YEAR, "二〇二四"));
        assertEquals("The field period_year takes a Integer, got String 二〇二四.", wrongType.getMessage());
        assertThrows(IllegalArgumentException.class, () -> f.service.correct(f.gdp, IndicatorField.STRETCH, null));
        assertThrows(IllegalArgumentException.class, () -> f.service.correct(f.gdp, IndicatorField.VALUE, Double.NaN));
        ReviewException missing = assertThrows(ReviewException.class, () -> f.service.verify(987654));
        assertEquals("Indicator 987654 does not exist.", missing.getMessage());
        assertTrue(f.service.historyOf(f.gdp).isEmpty());
        assertFalse(f.service.history().canUndo());
    }
}
