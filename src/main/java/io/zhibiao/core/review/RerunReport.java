package io.zhibiao.core.review;

/**
 * What re-running extraction on a document changed.
 *
 * @param added             new engine rows
 * @param removed           unreviewed engine rows the engine no longer finds
 * @param unchanged         unreviewed engine rows found again (same span, code and value), kept under their id
 * @param kept              rows holding analyst work (reviewed, corrected, rejected, deleted, noted, tagged or
 *                          added by hand), kept exactly as they were
 * @param duplicatesSkipped engine values not added because a kept row already stands for them
 */
public record RerunReport(long documentId, int added, int removed, int unchanged, int kept, int duplicatesSkipped) {
    public String summary() {
        return "added " + added + ", removed " + removed + ", unchanged " + unchanged + ", kept " + kept
                + ", duplicates skipped " + duplicatesSkipped;
    }
}
