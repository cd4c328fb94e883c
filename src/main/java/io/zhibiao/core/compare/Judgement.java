package io.zhibiao.core.compare;

/**
 * The result of comparing one actual with one target.
 *
 * @param difference actual minus the bound that decides (the target, or the range bound on the side that
 *                   matters); percentage points for growth and rates; null when nothing was compared
 */
public record Judgement(Outcome outcome, Double difference) {
    static Judgement of(Outcome outcome) {
        return new Judgement(outcome, null);
    }
}
