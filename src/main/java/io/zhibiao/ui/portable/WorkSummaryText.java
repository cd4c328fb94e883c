package io.zhibiao.ui.portable;

import io.zhibiao.core.portable.ConflictPolicy;
import io.zhibiao.core.portable.WorkConflict;
import io.zhibiao.core.portable.WorkExportSummary;
import io.zhibiao.core.portable.WorkImportReport;
import io.zhibiao.ui.common.Messages;

/** The texts shown after an export or import of analyst work. */
public final class WorkSummaryText {
    /** Conflicts and missing documents listed in the dialog; the rest is counted. */
    static final int LISTED = 12;

    private WorkSummaryText() {
    }

    public static String exported(WorkExportSummary s, Messages m) {
        return m.format("work.export.done", s.file().toString(), s.documents(), s.indicators(), s.historyEvents());
    }

    public static String imported(WorkImportReport r, Messages m) {
        StringBuilder sb = new StringBuilder(m.format("work.import.done", r.documentsMatched(), r.indicatorsApplied(),
                r.overridesApplied(), r.tagsCreated(), r.historyAdded()));
        if (r.changedNothing()) {
            sb.append("\n\n").append(m.get("work.import.nothingNew"));
        }
        if (!r.missing().isEmpty()) {
            sb.append("\n\n").append(m.format("work.import.missing", r.missing().size()));
            r.missing().stream().limit(LISTED).forEach(d -> sb.append("\n• ")
                    .append(d.fileName() != null ? d.fileName() : d.contentHash()));
            more(sb, r.missing().size(), m);
        }
        if (!r.keptAsAdded().isEmpty()) {
            sb.append("\n\n").append(m.format("work.import.keptAsAdded", r.keptAsAdded().size()));
            r.keptAsAdded().stream().limit(LISTED).forEach(a -> sb.append("\n• ").append(a));
            more(sb, r.keptAsAdded().size(), m);
        }
        if (!r.conflicts().isEmpty()) {
            sb.append("\n\n").append(m.format("work.import.conflicts", r.conflicts().size(), policy(r.policy(), m)));
            r.conflicts().stream().limit(LISTED).forEach(c -> sb.append("\n• ").append(conflict(c, m)));
            more(sb, r.conflicts().size(), m);
        }
        return sb.toString();
    }

    public static String policy(ConflictPolicy p, Messages m) {
        return switch (p) {
            case NEWER_WINS -> m.get("work.policy.newerWins");
            case KEEP_MINE -> m.get("work.policy.keepMine");
            case TAKE_THEIRS -> m.get("work.policy.takeTheirs");
        };
    }

    private static String conflict(WorkConflict c, Messages m) {
        return m.format("work.import.conflict", (c.document().isEmpty() ? "" : c.document() + ": ") + c.subject(),
                c.mine(), c.theirs(), c.theirsKept() ? m.get("work.import.keptTheirs") : m.get("work.import.keptMine"));
    }

    private static void more(StringBuilder sb, int size, Messages m) {
        if (size > LISTED) {
            sb.append("\n").append(m.format("work.import.more", size - LISTED));
        }
    }
}
