package io.zhibiao.core.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Count, mean, median and GDP-weighted mean of the targets of one indicator and year across the regions
 * exported, as the desks' tables end. A region without a GDP level in the store counts in the plain
 * statistics and is named as lacking a weight.
 */
final class TargetStatistics {
    /** One region's target and its GDP weight in 亿元 (null when the store has none). */
    record Entry(String regionCode, double target, Double weight) {
    }

    /**
     * @param weightedMean  null when no region has a weight
     * @param withoutWeight the regions whose target counts only in the plain statistics
     */
    record Result(int count, Double mean, Double median, Double weightedMean, int weighted,
                  List<String> withoutWeight) {
    }

    private TargetStatistics() {
    }

    static Result of(List<Entry> entries) {
        if (entries.isEmpty()) {
            return new Result(0, null, null, null, 0, List.of());
        }
        double sum = 0;
        double weightedSum = 0;
        double weights = 0;
        int weighted = 0;
        List<Double> sorted = new ArrayList<>(entries.size());
        List<String> without = new ArrayList<>();
        for (Entry e : entries) {
            sum += e.target();
            sorted.add(e.target());
            if (e.weight() != null && e.weight() > 0) {
                weightedSum += e.target() * e.weight();
                weights += e.weight();
                weighted++;
            } else {
                without.add(e.regionCode());
            }
        }
        sorted.sort(Double::compare);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Result(n, round(sum / n), round(median), weighted == 0 ? null : round(weightedSum / weights),
                weighted, List.copyOf(without));
    }

    /** Six decimals: a mean of one-decimal targets needs no more, and 5.1000000001 would only confuse. */
    private static double round(double d) {
        return Math.round(d * 1e6) / 1e6;
    }
}
