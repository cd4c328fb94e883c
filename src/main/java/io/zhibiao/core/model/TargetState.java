package io.zhibiao.core.model;

import java.util.Locale;

/**
 * What the store says of a region's target for an indicator and year: a figure, a target in words only
 * (与经济增长同步), a report of that year that states none, or no report of that year at all. "States none" and
 * "no report" differ for an analyst: the first is a finding, the second a gap in the corpus.
 */
public enum TargetState {
    STATED, IN_WORDS, NOT_STATED, NO_REPORT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
