package io.zhibiao.core.review;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A review change was based on a version of a row that is no longer the stored one: someone changed the row
 * since (another analyst on a team store, another pane, a work import). Nothing of the change was written;
 * {@link #changes()} holds both versions of each row concerned, for the analyst to choose.
 */
public final class StaleChangeException extends ReviewException {
    private final List<StaleChange> changes;

    public StaleChangeException(List<StaleChange> changes) {
        super(describe(changes));
        this.changes = List.copyOf(changes);
    }

    public List<StaleChange> changes() {
        return changes;
    }

    private static String describe(List<StaleChange> changes) {
        return changes.stream().map(c -> (c.isIndicator() ? "Indicator " + c.id() : "The corrections of document "
                        + c.id()) + " changed since you saw it (version " + c.versionSeen() + ", now "
                        + c.versionStored() + (c.changedBy() != null ? ", by " + c.changedBy() + " at " + c.changedAt()
                        : "") + ")")
                .collect(Collectors.joining("; ", "", c(changes)));
    }

    private static String c(List<StaleChange> changes) {
        return changes.stream().anyMatch(StaleChange::undo)
                ? ": it was not undone, so as not to overwrite that change." : ": your change was not written.";
    }
}
