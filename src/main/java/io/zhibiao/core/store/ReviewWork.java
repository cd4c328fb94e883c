package io.zhibiao.core.store;

/**
 * The review work held in some documents, what a confirmation names before they are deleted.
 *
 * @param tagged rows carrying at least one tag, whatever their status
 */
public record ReviewWork(int documents, int verified, int corrected, int rejected, int tagged) {
    /** Whether an analyst did anything to these documents' rows that a delete would take away. */
    public boolean isEmpty() {
        return verified == 0 && corrected == 0 && rejected == 0 && tagged == 0;
    }
}
