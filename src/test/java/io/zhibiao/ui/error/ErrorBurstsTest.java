package io.zhibiao.ui.error;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorBurstsTest {
    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

    /** The same exception thrown from the same place each time, as a failing layout pass does. */
    private static IllegalStateException sameError() {
        return new IllegalStateException("layout failed");
    }

    @Test
    void repeatsOfOneErrorFormOneBurstWhoseRepeatsAreLoggedAtPowersOfTwo() {
        ErrorBursts bursts = new ErrorBursts();
        List<Integer> logged = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            // Sixty a second, for longer than the gap: still one burst.
            ErrorBursts.Occurrence o = bursts.offer(sameError(), T0.plusMillis(16L * i));
            assertEquals(i == 0, o.first());
            if (o.logRepeat()) {
                logged.add(o.count());
            }
        }
        assertEquals(List.of(2, 4, 8, 16, 32, 64), logged);
    }

    @Test
    void theSameErrorAfterAQuietGapStartsANewBurst() {
        ErrorBursts bursts = new ErrorBursts();
        assertTrue(bursts.offer(sameError(), T0).first());
        assertFalse(bursts.offer(sameError(), T0.plus(ErrorBursts.GAP)).first());
        assertTrue(bursts.offer(sameError(), T0.plus(ErrorBursts.GAP).plus(ErrorBursts.GAP).plusMillis(1)).first());
    }

    @Test
    void errorsDifferingInClassMessageOrPlaceAreDifferentErrors() {
        ErrorBursts bursts = new ErrorBursts();
        assertTrue(bursts.offer(sameError(), T0).first());
        assertTrue(bursts.offer(new IllegalStateException("another message"), T0).first());
        assertTrue(bursts.offer(new IllegalArgumentException("layout failed"), T0).first());
        assertTrue(bursts.offer(new IllegalStateException("layout failed"), T0).first(), "thrown from another line");
        assertNotEquals(ErrorBursts.signature(sameError()), ErrorBursts.signature(new IllegalStateException("layout failed")));
        assertEquals(ErrorBursts.signature(sameError()), ErrorBursts.signature(sameError()));
    }
}
