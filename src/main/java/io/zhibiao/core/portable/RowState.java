package io.zhibiao.core.portable;

import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.store.ReviewStatus;

import java.util.Objects;
import java.util.SortedSet;

/** The review state of an indicator that two stores compare: value, status, note, deleted, tag names. */
record RowState(IndicatorValue value, ReviewStatus status, String note, boolean deleted, SortedSet<String> tags) {
    /** Short text for a conflict report: "verified 8.5%, tags [重点]". */
    String summary() {
        StringBuilder sb = new StringBuilder(status.id());
        if (value.value() != null) {
            sb.append(' ').append(EngineOriginal.key(value).split("\\|", -1)[3]);
        }
        if (value.unit() != null) {
            sb.append(value.unit());
        }
        if (deleted) {
            sb.append(", deleted");
        }
        if (note != null) {
            sb.append(", note \"").append(note.length() > 40 ? note.substring(0, 40) + "…" : note).append('"');
        }
        if (!tags.isEmpty()) {
            sb.append(", tags ").append(tags);
        }
        return sb.toString();
    }

    /** Whether this state carries no analyst decision: what the engine wrote and nothing more. */
    boolean isUntouched(IndicatorValue engine) {
        return status == ReviewStatus.UNREVIEWED && note == null && !deleted && tags.isEmpty()
                && Objects.equals(value, engine);
    }
}
