package io.zhibiao.core.model;

import java.time.Instant;
import java.util.Locale;

/**
 * The decision on a row the two reviewers disagreed on, with the first verdict as it stood before the
 * decision became the row's status (so agreement stays measured between the two reviews).
 */
public record Adjudication(long indicatorId, long documentId, Decision decision, Verdict firstVerdict,
                           FigureReading firstReading, String analyst, Instant decidedAt) {

    /** Whose verdict was taken. */
    public enum Decision {
        FIRST, SECOND, OWN;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Decision fromId(String id) {
            return valueOf(id.toUpperCase(Locale.ROOT));
        }
    }
}
