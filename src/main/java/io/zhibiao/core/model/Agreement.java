package io.zhibiao.core.model;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How far two reviewers agree on the rows both judged: percent agreement and Cohen's kappa. Kappa is empty
 * when it is undefined: no row in common, or both gave every row the same single category (chance then
 * explains all agreement and kappa divides by zero).
 */
public record Agreement(int compared, int agreed, OptionalDouble kappa) {
    public static final Agreement NONE = new Agreement(0, 0, OptionalDouble.empty());

    /** Percent of the rows compared on which both agree; empty with no row in common. */
    public OptionalDouble percent() {
        return compared == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * agreed / compared);
    }

    /** The percent with one decimal ("66.7"), or "-" when there is none; locale-free. */
    public String percentText() {
        return percent().isPresent() ? String.format(Locale.ROOT, "%.1f", percent().getAsDouble()) : "-";
    }

    /** Kappa with three decimals ("0.400"), or "-" where it is undefined; locale-free. */
    public String kappaText() {
        return kappa.isPresent() ? String.format(Locale.ROOT, "%.3f", kappa.getAsDouble()) : "-";
    }
}
