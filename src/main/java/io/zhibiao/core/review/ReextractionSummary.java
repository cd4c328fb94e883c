package io.zhibiao.core.review;

import java.util.List;

/**
 * What a re-extraction of several documents did: one report per document merged (in the order run), the
 * documents that failed with their reason, and whether it was cancelled before the last one.
 */
public record ReextractionSummary(int total, List<RerunReport> reports, List<Failure> failures, boolean cancelled) {
    public record Failure(long documentId, String reason) {
    }

    public ReextractionSummary {
        reports = List.copyOf(reports);
        failures = List.copyOf(failures);
    }

    public String summary() {
        int added = 0;
        int changed = 0;
        int removed = 0;
        int kept = 0;
        for (RerunReport r : reports) {
            added += r.added();
            changed += r.changed();
            removed += r.removed();
            kept += r.kept();
        }
        return (cancelled ? "Cancelled: " : "") + reports.size() + " of " + total + " documents re-extracted"
                + (failures.isEmpty() ? "" : ", " + failures.size() + " failed") + "; rows added " + added
                + ", changed " + changed + ", removed " + removed + ", reviewed rows kept " + kept;
    }
}
