package io.zhibiao.ui.review;

import io.zhibiao.core.review.IndicatorSnapshot;
import io.zhibiao.core.review.MergeField;
import io.zhibiao.core.review.StaleChange;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.ui.common.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The merge of a refused change (JabRef's merge dialog is the model): the analyst's version and the stored one
 * side by side, field by field, the fields that differ marked, and for each of those a choice of mine or theirs
 * (theirs until the analyst picks). {@link #takeMine()} is what {@code ReviewService.merge} writes. No controls.
 */
public final class MergeViewModel {
    /** The fields shown even where both versions agree: what an analyst reads an indicator by. */
    private static final Set<MergeField> ALWAYS = EnumSet.of(MergeField.VALUE, MergeField.UNIT, MergeField.QUALIFIER,
            MergeField.KIND, MergeField.YEAR, MergeField.CODE, MergeField.STATUS, MergeField.NOTE, MergeField.TAGS);

    /**
     * One field: its name, both values in the workbench's words ("—" for none), and, where they differ, whether
     * mine is taken.
     */
    public record Row(MergeField field, String name, String mine, String theirs, boolean differs,
                      BooleanProperty takeMine) {
    }

    private final StaleChange stale;
    private final List<Row> rows = new ArrayList<>();
    private final String heading;

    public MergeViewModel(Messages m, StaleChange stale) {
        if (!stale.isIndicator()) {
            throw new IllegalArgumentException("Only an indicator's refused change is merged field by field.");
        }
        this.stale = stale;
        List<MergeField> differing = stale.differing();
        for (MergeField f : MergeField.values()) {
            boolean differs = differing.contains(f);
            if (differs || ALWAYS.contains(f)) {
                rows.add(new Row(f, HistoryWords.field(m, f.auditField()), text(m, f, stale.mine()),
                        text(m, f, stale.theirs()), differs, new SimpleBooleanProperty(false)));
            }
        }
        heading = m.format("merge.heading", StaleChangeWords.who(m, stale), StaleChangeWords.row(m, stale),
                StaleChangeWords.when(stale), StaleChangeWords.what(m, stale));
    }

    private static String text(Messages m, MergeField f, IndicatorSnapshot s) {
        String words = HistoryWords.value(m, AuditEvent.INDICATOR, f.auditField(), f.text(s));
        return words == null ? "—" : words;
    }

    public StaleChange stale() {
        return stale;
    }

    /** Who changed the row since, when and what; then what to do. */
    public String heading() {
        return heading;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The row of {@code field}, if shown. */
    public Row row(MergeField field) {
        return rows.stream().filter(r -> r.field() == field).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(field + " is not shown"));
    }

    /** Picks mine (true) or theirs for a field that differs; a field both versions agree on has no choice. */
    public void pick(MergeField field, boolean mine) {
        Row r = row(field);
        if (r.differs()) {
            r.takeMine().set(mine);
        }
    }

    /** The fields for which mine is picked: what the merge writes over the stored version. */
    public Set<MergeField> takeMine() {
        Set<MergeField> picked = EnumSet.noneOf(MergeField.class);
        rows.stream().filter(r -> r.differs() && r.takeMine().get()).forEach(r -> picked.add(r.field()));
        return picked;
    }
}
