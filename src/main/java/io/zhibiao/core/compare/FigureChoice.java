package io.zhibiao.core.compare;

import io.zhibiao.core.model.Measure;
import io.zhibiao.core.store.ReviewStatus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Every statement of one figure (a region's target, stretch target or actual of one indicator, measure and
 * year), the one shown for it, and whether the statements disagree. The one shown is the best by the same
 * ranking as the pairing ({@link TargetActualPairing}): a corrected, then a verified value before any
 * unreviewed one, then the best source, then the engine's confidence, then text order. Rejected statements
 * never count.
 *
 * <p>The figure is in conflict when a statement that could have been shown states another value: among the
 * reviewed statements when the analyst reviewed any (a verdict settles the engine's doubts, not another
 * verdict), among all of them otherwise.
 */
public final class FigureChoice {
    private static final double TOLERANCE = 1e-9;

    private final List<Observation> ranked;
    private final boolean conflicting;

    private FigureChoice(List<Observation> ranked, boolean conflicting) {
        this.ranked = ranked;
        this.conflicting = conflicting;
    }

    /**
     * @param statements the statements of one figure, all of one role (target, stretch target or actual)
     * @return null when no statement is left once rejected ones are dropped
     */
    public static FigureChoice of(Collection<Observation> statements) {
        List<Observation> ranked = new ArrayList<>(statements.size());
        for (Observation o : statements) {
            if (o.status() != ReviewStatus.REJECTED) {
                ranked.add(o);
            }
        }
        if (ranked.isEmpty()) {
            return null;
        }
        ranked.sort(CandidateRanking.of(ranked.get(0)));
        Observation chosen = ranked.get(0);
        boolean settled = CandidateRanking.reviewed(chosen);
        boolean conflicting = false;
        for (Observation o : ranked) {
            if ((!settled || CandidateRanking.reviewed(o)) && o.hasNumber() && chosen.hasNumber()
                    && !sameFigure(chosen, o)) {
                conflicting = true;
                break;
            }
        }
        return new FigureChoice(List.copyOf(ranked), conflicting);
    }

    /** The statement shown for the figure. */
    public Observation chosen() {
        return ranked.get(0);
    }

    /** Every statement that counts, the chosen one first, then in the order of the ranking. */
    public List<Observation> candidates() {
        return ranked;
    }

    public boolean conflicting() {
        return conflicting;
    }

    /**
     * True when two statements give the same number: amounts compared in their normalised unit when both
     * have one (1.2万亿元 and 12000亿元 agree), else value and range bounds as stated. Qualifiers are not
     * compared: 7%左右 and 7% state the same figure.
     */
    public static boolean sameFigure(Observation a, Observation b) {
        if (a.measure() == Measure.LEVEL && a.normalizedValue() != null && b.normalizedValue() != null
                && Objects.equals(a.normalizedUnit(), b.normalizedUnit())) {
            return close(a.normalizedValue(), b.normalizedValue());
        }
        if (a.measure() == Measure.LEVEL && !Objects.equals(a.unit(), b.unit())) {
            return false;
        }
        return close(a.value(), b.value()) && close(a.low(), b.low()) && close(a.high(), b.high());
    }

    private static boolean close(Double x, Double y) {
        if (x == null || y == null) {
            return x == null && y == null;
        }
        return Math.abs(x - y) <= TOLERANCE * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
    }
}
