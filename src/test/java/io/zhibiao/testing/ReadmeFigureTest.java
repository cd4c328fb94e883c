package io.zhibiao.testing;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The floor under a README figure is two points, no more and no less, and a miss names the figure. */
class ReadmeFigureTest {
    @Test
    void aMeasurementTwoPointsUnderTheFigureHoldsAndOneCaseMoreFails() {
        // region detection, stated 140/143 (0.979): the floor 0.959 lets 138/143 (0.965) through, not 137 (0.958)
        assertDoesNotThrow(() -> ReadmeFigure.holds("region", 140, 143, 138, 143));
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> ReadmeFigure.holds("region", 140, 143, 137, 143));
        assertTrue(e.getMessage().contains("region 140/143 (measured 137/143)"), e.getMessage());
        assertTrue(e.getMessage().contains("0.979") && e.getMessage().contains("0.958"), e.getMessage());
    }

    @Test
    void aShareExactlyOnTheFloorHolds() {
        assertDoesNotThrow(() -> ReadmeFigure.holds("recall", 0.972, 0.952));
        assertThrows(AssertionFailedError.class, () -> ReadmeFigure.holds("recall", 0.972, 0.951));
    }
}
