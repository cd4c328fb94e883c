package io.zhibiao.core.team;

import io.zhibiao.core.model.Agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Percent agreement and Cohen's kappa of two raters over the same items, on nominal categories:
 * kappa = (p_o - p_e) / (1 - p_e), with p_o the share of items both put in the same category and p_e the
 * share expected by chance from each rater's own category frequencies (sum over categories of p1(k) p2(k)).
 */
public final class CohenKappa {
    private CohenKappa() {
    }

    /** One item: the category each rater gave it. */
    public record Pair<T>(T first, T second) {
        public Pair {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
        }
    }

    public static <T> Agreement of(List<Pair<T>> items) {
        int n = items.size();
        if (n == 0) {
            return Agreement.NONE;
        }
        Map<T, Integer> firstCounts = new HashMap<>();
        Map<T, Integer> secondCounts = new HashMap<>();
        int agreed = 0;
        for (Pair<T> p : items) {
            firstCounts.merge(p.first(), 1, Integer::sum);
            secondCounts.merge(p.second(), 1, Integer::sum);
            if (p.first().equals(p.second())) {
                agreed++;
            }
        }
        double observed = (double) agreed / n;
        double chance = 0;
        for (Map.Entry<T, Integer> e : firstCounts.entrySet()) {
            chance += (double) e.getValue() / n * secondCounts.getOrDefault(e.getKey(), 0) / n;
        }
        // chance == 1 only when both raters used one and the same category for every item
        OptionalDouble kappa = 1 - chance < 1e-12 ? OptionalDouble.empty()
                : OptionalDouble.of((observed - chance) / (1 - chance));
        return new Agreement(n, agreed, kappa);
    }
}
