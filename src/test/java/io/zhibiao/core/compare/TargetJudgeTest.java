package io.zhibiao.core.compare;

import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.ValueKind;
import org.junit.jupiter.api.Test;

import static io.zhibiao.core.compare.Observations.actual;
import static io.zhibiao.core.compare.Observations.level;
import static io.zhibiao.core.compare.Observations.range;
import static io.zhibiao.core.compare.Observations.target;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Met or missed, read the way the report states the target. */
class TargetJudgeTest {
    private static Outcome judge(Observation t, Observation a) {
        return TargetJudge.judge(t, a).outcome();
    }

    @Test
    void atLeastTargetIsMetFromTheTargetUp() {
        Observation t = target("GDP", Measure.GROWTH, 7, Qualifier.GE, "%");
        assertEquals(Outcome.MET, judge(t, actual("GDP", Measure.GROWTH, 7, Qualifier.EQ, "%")));
        assertEquals(Outcome.MET, judge(t, actual("GDP", Measure.GROWTH, 7.4, Qualifier.EQ, "%")));
        assertEquals(Outcome.MISSED, judge(t, actual("GDP", Measure.GROWTH, 6.9, Qualifier.EQ, "%")));
        assertEquals(-0.1, TargetJudge.judge(t, actual("GDP", Measure.GROWTH, 6.9, null, "%")).difference(), 1e-9);
    }

    @Test
    void plainTargetIsAFloorForMostIndicators() {
        Observation t = target("TRADE", Measure.GROWTH, 10, Qualifier.EQ, "%");
        assertEquals(Outcome.MET, judge(t, actual("TRADE", Measure.GROWTH, 18, Qualifier.GE, "%")));
        assertEquals(Outcome.MISSED, judge(t, actual("TRADE", Measure.GROWTH, 9.5, Qualifier.EQ, "%")));
    }

    @Test
    void withinTargetIsMetAtOrBelow() {
        Observation unemployment = target("UNEMP_RATE", Measure.RATE, 4.5, Qualifier.LE, "%");
        assertEquals(Outcome.MET, judge(unemployment, actual("UNEMP_RATE", Measure.RATE, 3.2, null, "%")));
        assertEquals(Outcome.MISSED, judge(unemployment, actual("UNEMP_RATE", Measure.RATE, 4.6, null, "%")));
    }

    @Test
    void aboutTargetAllowsHalfAPointOnTheBadSideOnly() {
        Observation cpi = target("CPI", Measure.GROWTH, 3, Qualifier.APPROX, "%");
        assertEquals(Outcome.MET, judge(cpi, actual("CPI", Measure.GROWTH, 0.2, null, "%")), "low prices are fine");
        assertEquals(Outcome.MET, judge(cpi, actual("CPI", Measure.GROWTH, 3.5, null, "%")));
        assertEquals(Outcome.MISSED, judge(cpi, actual("CPI", Measure.GROWTH, 3.6, null, "%")));
        Observation gdp = target("GDP", Measure.GROWTH, 7, Qualifier.APPROX, "%");
        assertEquals(Outcome.MET, judge(gdp, actual("GDP", Measure.GROWTH, 6.5, null, "%")));
        assertEquals(Outcome.MISSED, judge(gdp, actual("GDP", Measure.GROWTH, 6.4, null, "%")));
        assertEquals(Outcome.MET, judge(gdp, actual("GDP", Measure.GROWTH, 9, null, "%")), "beating it is no miss");
    }

    @Test
    void plainCpiTargetIsACeiling() {
        Observation cpi = target("CPI", Measure.GROWTH, 3, Qualifier.EQ, "%");
        assertEquals(Outcome.MET, judge(cpi, actual("CPI", Measure.GROWTH, 1.8, null, "%")));
        assertEquals(Outcome.MISSED, judge(cpi, actual("CPI", Measure.GROWTH, 3.2, null, "%")));
    }

    @Test
    void rangeTargetIsMetFromItsLowerBound() {
        Observation t = range("GDP", ValueKind.TARGET, 6, 7);
        assertEquals(Outcome.MET, judge(t, actual("GDP", Measure.GROWTH, 6.2, null, "%")));
        assertEquals(Outcome.MET, judge(t, actual("GDP", Measure.GROWTH, 8, null, "%")));
        assertEquals(Outcome.MISSED, judge(t, actual("GDP", Measure.GROWTH, 5.9, null, "%")));
        Observation unemployment = range("UNEMP_RATE", ValueKind.TARGET, 3.5, 4.5);
        assertEquals(Outcome.MET, judge(unemployment, actual("UNEMP_RATE", Measure.GROWTH, 4.4, null, "%")));
        assertEquals(Outcome.MISSED, judge(unemployment, actual("UNEMP_RATE", Measure.GROWTH, 4.6, null, "%")));
    }

    @Test
    void rangeActualIsReadOnTheCautiousSide() {
        Observation t = target("GDP", Measure.GROWTH, 6, Qualifier.EQ, "%");
        assertEquals(Outcome.MISSED, judge(t, range("GDP", ValueKind.ACTUAL, 5.8, 6.5)));
    }

    @Test
    void declineTargetMustBeReachedOrBeaten() {
        Observation energy = target("ENERGY_INTENSITY", Measure.GROWTH, -3, Qualifier.EQ, "%");
        assertEquals(Outcome.MET, judge(energy, actual("ENERGY_INTENSITY", Measure.GROWTH, -3.5, null, "%")));
        assertEquals(Outcome.MISSED, judge(energy, actual("ENERGY_INTENSITY", Measure.GROWTH, -2, null, "%")));
        Observation accidents = target("ACCIDENTS", Measure.GROWTH, -10, Qualifier.EQ, "%");
        assertEquals(Outcome.MET, judge(accidents, actual("ACCIDENTS", Measure.GROWTH, -12, null, "%")));
    }

    @Test
    void amountsCompareInTheirNormalisedUnit() {
        Observation t = level(ValueKind.TARGET, 100, "亿元", 1e10);
        assertEquals(Outcome.MET, judge(t, level(ValueKind.ACTUAL, 1_020_000, "万元", 1.02e10)));
        assertEquals(Outcome.MISSED, judge(t, level(ValueKind.ACTUAL, 990_000, "万元", 0.99e10)));
        assertEquals(2e8, TargetJudge.judge(t, level(ValueKind.ACTUAL, 1_020_000, "万元", 1.02e10)).difference(), 1);
    }

    @Test
    void differentUnitsOrAQualitativeTargetCannotBeCompared() {
        Observation points = target("GDP", Measure.RATE, 1, Qualifier.EQ, "百分点");
        assertEquals(Outcome.NOT_COMPARABLE, judge(points, actual("GDP", Measure.RATE, 2, null, "%")));
        Observation qualitative = Observations.of("INCOME", Measure.GROWTH, ValueKind.TARGET, 2023, null, null, null,
                null, null, null, null, io.zhibiao.core.store.ReviewStatus.UNREVIEWED,
                io.zhibiao.core.model.DocumentKind.WORK_REPORT, 2023, false);
        assertEquals(Outcome.NOT_COMPARABLE, judge(qualitative, actual("INCOME", Measure.GROWTH, 6, null, "%")));
    }

    @Test
    void missingSidesAreNamed() {
        assertEquals(Outcome.NO_ACTUAL, judge(target("GDP", Measure.GROWTH, 6, null, "%"), null));
        assertEquals(Outcome.NO_TARGET, judge(null, actual("GDP", Measure.GROWTH, 6, null, "%")));
    }
}
