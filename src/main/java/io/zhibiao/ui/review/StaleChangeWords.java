package io.zhibiao.ui.review;

import io.zhibiao.core.review.StaleChange;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.ui.common.Messages;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * A refused change in the workbench's words: which row, who changed it since, when and what ("status:
 * unreviewed → verified"), and that nothing was written.
 */
public final class StaleChangeWords {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private StaleChangeWords() {
    }

    /** The whole explanation of a refused change, an undo or redo included. */
    public static String explain(Messages m, StaleChange c) {
        String key = (c.undo() ? "stale.undo." : "stale.change.") + (c.isIndicator() ? "indicator" : "document");
        return m.format(key, row(m, c), who(m, c), when(c), what(m, c));
    }

    /** The row: the indicator's name and value as stored ("地区生产总值 6"), or the report by year, region and title. */
    static String row(Messages m, StaleChange c) {
        if (!c.isIndicator()) {
            return c.theirsCorrections() != null ? c.theirsCorrections().label() : m.format("stale.document", c.id());
        }
        var v = c.theirs().value();
        String name = v.name() != null ? v.name() : v.code() != null ? v.code() : "#" + c.id();
        return v.value() == null ? name : name + " " + Numbers.text(v.value()) + (v.unit() != null ? v.unit() : "");
    }

    static String who(Messages m, StaleChange c) {
        return c.changedBy() != null ? c.changedBy() : m.get("stale.someone");
    }

    static String when(StaleChange c) {
        return c.changedAt() != null ? TIME.format(c.changedAt()) : "";
    }

    /** The latest change, field by field: "status: unreviewed → verified; note: — → 核对". */
    static String what(Messages m, StaleChange c) {
        if (c.lastChange().isEmpty()) {
            return m.get("stale.unknownChange");
        }
        return c.lastChange().stream().map(e -> HistoryWords.field(m, e) + ": " + shown(m, e, e.oldValue()) + " → "
                + shown(m, e, e.newValue())).distinct().collect(Collectors.joining("; "));
    }

    private static String shown(Messages m, AuditEvent e, String value) {
        String words = HistoryWords.value(m, e, value);
        return words == null ? "—" : words;
    }
}
