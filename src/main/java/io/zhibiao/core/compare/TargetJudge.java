package io.zhibiao.core.compare;

import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Qualifier;

/**
 * Decides whether an actual meets a target, reading the target's qualifier the way a report means it:
 * <ul>
 *   <li>以上 (GE): met when actual ≥ target.</li>
 *   <li>以内 (LE), e.g. CPI 3%以内, unemployment within 4.5%: met when actual ≤ target.</li>
 *   <li>左右 (APPROX): met when the actual is no worse than the target by more than the tolerance:
 *       {@value #APPROX_POINTS} percentage points for growth and rates, {@value #APPROX_LEVEL_SHARE} of the
 *       target for amounts. An actual on the good side is always met (GDP 7.5% against "7%左右").</li>
 *   <li>A range (6%–7%): met when the actual reaches the lower bound, or for a ceiling stays under the
 *       upper bound; beating the range is over-fulfilment, not a miss.</li>
 *   <li>A plain number: a floor for most indicators, a ceiling for the {@link Direction#LOWER_IS_BETTER}
 *       ones (CPI, unemployment, energy intensity, PM2.5) and for declines (能耗下降3% met by -3.5%).</li>
 * </ul>
 * An actual stated as a bound (18%以上) is compared by that bound, which never overstates success.
 * Amounts compare their normalised values when both have one in the same unit, else their stated values
 * when the units agree; otherwise the pair is {@link Outcome#NOT_COMPARABLE}.
 */
public final class TargetJudge {
    /** Tolerance of a 左右 target for growth and rates, in percentage points. */
    public static final double APPROX_POINTS = 0.5;
    /** Tolerance of a 左右 target for amounts, as a share of the target. */
    public static final double APPROX_LEVEL_SHARE = 0.02;

    private static final double EPSILON = 1e-9;

    private TargetJudge() {
    }

    public static Judgement judge(Observation target, Observation actual) {
        if (target == null) {
            return Judgement.of(actual == null ? Outcome.NOT_COMPARABLE : Outcome.NO_TARGET);
        }
        if (actual == null) {
            return Judgement.of(Outcome.NO_ACTUAL);
        }
        if (!target.hasNumber() || !actual.hasNumber()) {
            return Judgement.of(Outcome.NOT_COMPARABLE);
        }
        Scale scale = Scale.of(target, actual);
        if (scale == null) {
            return Judgement.of(Outcome.NOT_COMPARABLE);
        }
        Direction direction = Direction.of(target.code(), target.measure(), target.value());
        Qualifier q = target.qualifier() == null ? Qualifier.EQ : target.qualifier();
        double a = scale.actual(direction);
        double bound;
        boolean met;
        switch (q) {
            case GE -> {
                bound = scale.target(target.value());
                met = a >= bound - EPSILON;
            }
            case LE -> {
                bound = scale.target(target.value());
                met = a <= bound + EPSILON;
            }
            case RANGE -> {
                Double side = direction == Direction.LOWER_IS_BETTER ? target.high() : target.low();
                bound = scale.target(side != null ? side : target.value());
                met = direction == Direction.LOWER_IS_BETTER ? a <= bound + EPSILON : a >= bound - EPSILON;
            }
            case APPROX -> {
                bound = scale.target(target.value());
                double tolerance = target.measure() == Measure.LEVEL
                        ? Math.abs(bound) * APPROX_LEVEL_SHARE : APPROX_POINTS;
                met = direction == Direction.LOWER_IS_BETTER
                        ? a <= bound + tolerance + EPSILON : a >= bound - tolerance - EPSILON;
            }
            default -> {
                bound = scale.target(target.value());
                met = direction == Direction.LOWER_IS_BETTER ? a <= bound + EPSILON : a >= bound - EPSILON;
            }
        }
        return new Judgement(met ? Outcome.MET : Outcome.MISSED, round(a - bound));
    }

    private static double round(double d) {
        return Math.round(d * 1e6) / 1e6;
    }

    /** Puts target and actual on one scale: normalised amounts, or stated values in the same unit. */
    private record Scale(Observation actualObs, double targetFactor, double actualFactor) {
        static Scale of(Observation target, Observation actual) {
            if (target.measure() == Measure.LEVEL && target.normalizedUnit() != null
                    && target.normalizedUnit().equals(actual.normalizedUnit())
                    && target.normalizedValue() != null && actual.normalizedValue() != null) {
                // the factors turn stated values (and range bounds) into the shared normalised unit
                return new Scale(actual, factor(target), factor(actual));
            }
            return sameUnit(target.unit(), actual.unit()) ? new Scale(actual, 1.0, 1.0) : null;
        }

        private static double factor(Observation o) {
            return o.value() == 0 ? 1.0 : o.normalizedValue() / o.value();
        }

        /** Growth and rates often leave the % implicit on one side. */
        private static boolean sameUnit(String a, String b) {
            String x = a == null || a.isBlank() ? "%" : a;
            String y = b == null || b.isBlank() ? "%" : b;
            return x.equals(y);
        }

        double target(double stated) {
            return stated * targetFactor;
        }

        /** A range actual is read on the side that never overstates success. */
        double actual(Direction direction) {
            double stated = actualObs.value();
            if (actualObs.qualifier() == Qualifier.RANGE) {
                Double side = direction == Direction.LOWER_IS_BETTER ? actualObs.high() : actualObs.low();
                if (side != null) {
                    stated = side;
                }
            }
            return stated * actualFactor;
        }
    }
}
