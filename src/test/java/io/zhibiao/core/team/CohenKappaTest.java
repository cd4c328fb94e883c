package io.zhibiao.core.team;

import io.zhibiao.core.model.Agreement;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cohen's kappa against examples worked by hand, including the cases where it is not defined. */
class CohenKappaTest {

    /** {@code count} items rated {@code first} by one rater and {@code second} by the other. */
    private static void add(List<CohenKappa.Pair<String>> items, int count, String first, String second) {
        for (int i = 0; i < count; i++) {
            items.add(new CohenKappa.Pair<>(first, second));
        }
    }

    @Test
    void theTextbookTwoByTwoTable() {
        // 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15. p_o = 35/50 = 0.7; the first says yes 25 times,
        // the second 30: p_e = 0.5 * 0.6 + 0.5 * 0.4 = 0.5; kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4
        List<CohenKappa.Pair<String>> items = new ArrayList<>();
        add(items, 20, "yes", "yes");
        add(items, 5, "yes", "no");
        add(items, 10, "no", "yes");
        add(items, 15, "no", "no");
        Agreement a = CohenKappa.of(items);
        assertEquals(50, a.compared());
        assertEquals(35, a.agreed());
        assertEquals(70.0, a.percent().orElseThrow(), 1e-9);
        assertEquals(0.4, a.kappa().orElseThrow(), 1e-9);
    }

    @Test
    void threeVerdictsAsReviewersGiveThem() {
        // first \ second   verified corrected rejected
        // verified             10        2        0     (12)
        // corrected             1        5        1     (7)
        // rejected              0        1        5     (6)
        //                      (11)      (8)      (6)    n = 25
        // p_o = 20/25; p_e = (12*11 + 7*8 + 6*6) / 625 = 224/625; kappa = (500 - 224) / (625 - 224) = 276/401
        List<CohenKappa.Pair<String>> items = new ArrayList<>();
        add(items, 10, "verified", "verified");
        add(items, 2, "verified", "corrected");
        add(items, 1, "corrected", "verified");
        add(items, 5, "corrected", "corrected");
        add(items, 1, "corrected", "rejected");
        add(items, 1, "rejected", "corrected");
        add(items, 5, "rejected", "rejected");
        Agreement a = CohenKappa.of(items);
        assertEquals(20, a.agreed());
        assertEquals(80.0, a.percent().orElseThrow(), 1e-9);
        assertEquals(276.0 / 401.0, a.kappa().orElseThrow(), 1e-12);
    }

    @Test
    void perfectAgreementIsOne() {
        List<CohenKappa.Pair<String>> items = new ArrayList<>();
        add(items, 3, "verified", "verified");
        add(items, 2, "rejected", "rejected");
        assertEquals(1.0, CohenKappa.of(items).kappa().orElseThrow(), 1e-12);
    }

    @Test
    void disagreeingEveryTimeWhereChanceWouldAgreeHalfTheTimeIsMinusOne() {
        // p_o = 0; each rater says yes half the time: p_e = 0.5; kappa = (0 - 0.5) / 0.5 = -1
        List<CohenKappa.Pair<String>> items = new ArrayList<>();
        add(items, 5, "yes", "no");
        add(items, 5, "no", "yes");
        Agreement a = CohenKappa.of(items);
        assertEquals(0, a.agreed());
        assertEquals(-1.0, a.kappa().orElseThrow(), 1e-12);
    }

    @Test
    void bothGivingEveryItemTheSameOneCategoryLeavesKappaUndefined() {
        // p_o = p_e = 1: 0/0. Percent agreement is still 100.
        List<CohenKappa.Pair<String>> items = new ArrayList<>();
        add(items, 7, "verified", "verified");
        Agreement a = CohenKappa.of(items);
        assertEquals(100.0, a.percent().orElseThrow(), 1e-9);
        assertTrue(a.kappa().isEmpty());
    }

    @Test
    void eachUsingOneDifferentCategoryIsZero() {
        // p_o = 0 and p_e = 0 (no category both use): kappa = 0 / 1 = 0
        List<CohenKappa.Pair<String>> items = new ArrayList<>();
        add(items, 4, "verified", "rejected");
        assertEquals(0.0, CohenKappa.of(items).kappa().orElseThrow(), 1e-12);
    }

    @Test
    void noItemInCommonHasNeitherFigure() {
        Agreement a = CohenKappa.of(List.<CohenKappa.Pair<String>>of());
        assertEquals(0, a.compared());
        assertTrue(a.percent().isEmpty());
        assertTrue(a.kappa().isEmpty());
    }
}
