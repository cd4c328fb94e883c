package io.zhibiao.core.review;

import java.util.List;

/**
 * What re-running extraction on a document changed.
 *
 * @param added             new engine rows
 * @param removed           unreviewed engine rows the engine no longer finds
 * @param changed           unreviewed engine rows found again (same span, code and value) whose other fields
 *                          (name, unit, qualifier, target or actual…) the engine now reads differently, kept
 *                          under their id
 * @param unchanged         unreviewed engine rows found again exactly as they were
 * @param kept              rows holding analyst work (reviewed, corrected, rejected, deleted, noted, tagged or
 *                          added by hand), kept exactly as they were
 * @param duplicatesSkipped engine values not added because a kept row already stands for them
 * @param addedItems        the added rows, described ("地区生产总值 6.5% @120-131")
 * @param changedItems      the changed rows, before and after
 * @param removedItems      the removed rows
 */
public record RerunReport(long documentId, int added, int removed, int changed, int unchanged, int kept,
                          int duplicatesSkipped, List<String> addedItems, List<String> changedItems,
                          List<String> removedItems) {
    public RerunReport {
        addedItems = List.copyOf(addedItems);
        changedItems = List.copyOf(changedItems);
        removedItems = List.copyOf(removedItems);
    }

    public boolean changedAnything() {
        return added + removed + changed > 0;
    }

    public String summary() {
        return "added " + added + ", changed " + changed + ", removed " + removed + ", unchanged " + unchanged
                + ", kept " + kept + ", duplicates skipped " + duplicatesSkipped;
    }
}
