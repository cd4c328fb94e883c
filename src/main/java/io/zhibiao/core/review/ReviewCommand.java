package io.zhibiao.core.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One undoable step: what it changed, as before/after states. Applying writes the after state, reverting
 * the before state, each only in the parts the step changed (so undoing a tag does not also undo a note
 * written later). A bulk action is one command, so it undoes as one step. A lesson taught to the catalog
 * ({@code teach}, else null) is one step too: the catalog change and the re-extraction it caused.
 */
public record ReviewCommand(ReviewAction action, List<IndicatorChange> indicatorChanges,
                            List<OverrideChange> overrideChanges, List<TrashChange> trashChanges,
                            TeachChange teach) {
    public ReviewCommand {
        indicatorChanges = List.copyOf(indicatorChanges);
        overrideChanges = List.copyOf(overrideChanges);
        trashChanges = List.copyOf(trashChanges);
    }

    public ReviewCommand(ReviewAction action, List<IndicatorChange> indicatorChanges,
                         List<OverrideChange> overrideChanges, List<TrashChange> trashChanges) {
        this(action, indicatorChanges, overrideChanges, trashChanges, null);
    }

    static ReviewCommand ofLesson(TeachChange teach) {
        return new ReviewCommand(ReviewAction.TEACH, List.of(), List.of(), List.of(), teach);
    }

    public ReviewCommand(ReviewAction action, List<IndicatorChange> indicatorChanges,
                         List<OverrideChange> overrideChanges) {
        this(action, indicatorChanges, overrideChanges, List.of());
    }

    static ReviewCommand ofIndicators(ReviewAction action, List<IndicatorChange> changes) {
        return new ReviewCommand(action, changes.stream().filter(IndicatorChange::changesAnything).toList(),
                List.of());
    }

    public boolean isEmpty() {
        return indicatorChanges.isEmpty() && overrideChanges.isEmpty() && trashChanges.isEmpty() && teach == null;
    }

    /** How many indicators (or document fields, or documents deleted, or documents a lesson re-ran) the step touched. */
    public int size() {
        return indicatorChanges.size() + overrideChanges.size() + trashChanges.size()
                + (teach == null ? 0 : teach.documentIds().size());
    }

    /** Menu text in English, e.g. "Verify 3 indicators"; the UI may build its own from action() and size(). */
    public String label() {
        if (teach != null) {
            return action.english() + " " + teach.lesson().phrase();
        }
        if (!trashChanges.isEmpty()) {
            int n = trashChanges.size();
            return action.english() + (n == 1 ? " 1 document" : " " + n + " documents");
        }
        if (!overrideChanges.isEmpty() && indicatorChanges.isEmpty()) {
            return action.english();
        }
        int n = indicatorChanges.size();
        return action.english() + (n == 1 ? " 1 indicator" : " " + n + " indicators");
    }

    public Set<Long> indicatorIds() {
        Set<Long> ids = new LinkedHashSet<>();
        indicatorChanges.forEach(c -> ids.add(c.before().id()));
        return ids;
    }

    public Set<Long> documentIds() {
        Set<Long> ids = new LinkedHashSet<>();
        indicatorChanges.forEach(c -> ids.add(c.before().documentId()));
        overrideChanges.forEach(c -> ids.add(c.documentId()));
        trashChanges.forEach(c -> ids.add(c.documentId()));
        if (teach != null) {
            ids.addAll(teach.documentIds());
        }
        return ids;
    }

    void apply(ReviewWriter w) {
        for (IndicatorChange c : indicatorChanges) {
            w.bringTo(c.after(), c.before());
        }
        corrections(overrideChanges, false).forEach(w::override);
        for (TrashChange c : trashChanges) {
            w.trash(c.documentId(), c.after());
        }
    }

    void revert(ReviewWriter w) {
        List<TrashChange> trash = new ArrayList<>(trashChanges);
        Collections.reverse(trash);
        for (TrashChange c : trash) {
            w.trash(c.documentId(), c.before());
        }
        corrections(overrideChanges, true).forEach(w::override);
        List<IndicatorChange> changes = new ArrayList<>(indicatorChanges);
        Collections.reverse(changes);
        for (IndicatorChange c : changes) {
            w.bringTo(c.before(), c.after());
        }
    }

    /**
     * Each document's corrections of the step, after (or before) it: one write per document, so the step moves
     * the document's version once however many fields it corrects.
     */
    private static Map<Long, Map<OverrideField, Object>> corrections(List<OverrideChange> changes, boolean before) {
        Map<Long, Map<OverrideField, Object>> byDocument = new LinkedHashMap<>();
        List<OverrideChange> ordered = new ArrayList<>(changes);
        if (before) {
            // the earliest change of a field holds its value before the step
            Collections.reverse(ordered);
        }
        for (OverrideChange c : ordered) {
            byDocument.computeIfAbsent(c.documentId(), id -> new EnumMap<>(OverrideField.class))
                    .put(c.field(), before ? c.before() : c.after());
        }
        return byDocument;
    }
}
