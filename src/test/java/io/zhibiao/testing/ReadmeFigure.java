package io.zhibiao.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A quality figure the README states, held by the test that measures it: the test fails when the measured
 * share falls more than two points (0.02) under the stated one. The stated value is written in the test as
 * the README writes it, so the two can be compared side by side; a figure that rises is raised in both.
 */
public final class ReadmeFigure {
    /** How far under the stated figure a measurement may fall: two points, for noise in labels and ties. */
    public static final double MARGIN = 0.02;

    private ReadmeFigure() {
    }

    /** Fails when {@code measured} is under {@code stated} − {@link #MARGIN}; names the figure and both values. */
    public static void holds(String figure, double stated, double measured) {
        double floor = stated - MARGIN;
        // the tolerance only absorbs rounding of the division, far below one case in any of the sets
        assertTrue(measured >= floor - 1e-9, String.format(
                "README figure '%s' is %.3f; measured %.3f, under its floor %.3f", figure, stated, measured, floor));
    }

    /** The same for a count stated as "hits/total", e.g. region 140/143. */
    public static void holds(String figure, int statedHits, int total, int measuredHits, int measuredTotal) {
        holds(figure + " " + statedHits + "/" + total + " (measured " + measuredHits + "/" + measuredTotal + ")",
                (double) statedHits / total, (double) measuredHits / measuredTotal);
    }
}
