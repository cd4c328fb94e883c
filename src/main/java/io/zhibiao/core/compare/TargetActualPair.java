package io.zhibiao.core.compare;

/**
 * The target of year T next to the actual of year T for one region, indicator code and measure.
 *
 * @param target            the stated target (not a 力争 stretch), or null
 * @param stretchTarget     the 力争 target, or null
 * @param actual            the reported actual, or null
 * @param outcome           judged against the target, or against the stretch target when there is no other
 * @param difference        actual minus the deciding bound, see {@link Judgement#difference()}
 * @param stretchOutcome    the actual judged against the stretch target, null without one
 * @param targetCandidates  how many target statements competed (more than 1: check the choice)
 * @param actualCandidates  how many actual statements competed
 */
public record TargetActualPair(PairKey key, Observation target, Observation stretchTarget, Observation actual,
                               Outcome outcome, Double difference, Outcome stretchOutcome,
                               int targetCandidates, int actualCandidates) {

    /** The target the outcome was judged against. */
    public Observation decidingTarget() {
        return target != null ? target : stretchTarget;
    }
}
