package io.zhibiao.ui.main;

import io.zhibiao.ui.common.Messages;

import java.util.Collections;
import java.util.Set;

/**
 * What to import when a region's targets cannot be set against actuals: a year's targets stand in that
 * year's report, their results in the next year's (or a completion report). With reports of one year only,
 * or of years apart, the analyst is told which years' reports would pair them.
 */
final class PairingHint {
    private PairingHint() {
    }

    /**
     * @param reportYears the years of the region's reports in the store
     * @param anyPaired   whether some target already has its actual
     * @return the hint, or "" when there is nothing to say
     */
    static String text(Messages m, String regionName, Set<Integer> reportYears, boolean anyPaired) {
        if (anyPaired || reportYears.isEmpty()) {
            return "";
        }
        int newest = Collections.max(reportYears);
        return m.format("targets.needsYears", regionName, String.valueOf(newest), String.valueOf(newest + 1),
                String.valueOf(newest - 1));
    }
}
