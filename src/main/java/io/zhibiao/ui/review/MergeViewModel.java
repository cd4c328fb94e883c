package io.zhibiao.ui.review;

import io.zhibiao.core.model.DocumentKind;
import io.zhibiao.core.model.Region;
import io.zhibiao.core.review.DocumentCorrections;
import io.zhibiao.core.review.IndicatorSnapshot;
import io.zhibiao.core.review.MergeField;
import io.zhibiao.core.review.MergeableField;
import io.zhibiao.core.review.OverrideField;
import io.zhibiao.core.review.StaleChange;
import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.ui.common.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The merge of a refused change (JabRef's merge dialog is the model): the analyst's version and the stored one
 * side by side, field by field, the fields that differ marked, and for each of those a choice of mine or theirs
 * (theirs until the analyst picks). An indicator shows its fields; a document's refused correction its region
 * (by name, from the gazetteer), year and kind (in words). {@link #takeMine()} is what {@code ReviewService.merge}
 * writes. No controls.
 */
public final class MergeViewModel {
    /** The fields shown even where both versions agree: what an analyst reads an indicator by. */
    private static final Set<MergeField> ALWAYS = EnumSet.of(MergeField.VALUE, MergeField.UNIT, MergeField.QUALIFIER,
            MergeField.KIND, MergeField.YEAR, MergeField.CODE, MergeField.STATUS, MergeField.NOTE, MergeField.TAGS);

    /**
     * One field: its name, both values in the workbench's words ("—" for none), and, where they differ, whether
     * mine is taken.
     */
    public record Row(MergeableField field, String name, String mine, String theirs, boolean differs,
                      BooleanProperty takeMine) {
    }

    private final StaleChange stale;
    private final List<Row> rows = new ArrayList<>();
    private final String heading;
    private final String title;

    /** The merge of an indicator's refused change. */
    public MergeViewModel(Messages m, StaleChange stale) {
        this(m, stale, Map.of());
    }

    /** The merge of a refused change; {@code regions} names a document's regions (the gazetteer, by code). */
    public MergeViewModel(Messages m, StaleChange stale, Map<String, Region> regions) {
        if (!stale.isIndicator() && stale.theirsCorrections() == null) {
            throw new IllegalArgumentException("This refused change carries no versions to merge.");
        }
        this.stale = stale;
        List<MergeableField> differing = stale.differing();
        if (stale.isIndicator()) {
            for (MergeField f : MergeField.values()) {
                boolean differs = differing.contains(f);
                if (differs || ALWAYS.contains(f)) {
                    rows.add(new Row(f, HistoryWords.field(m, f.auditField()), text(m, f, stale.mine()),
                            text(m, f, stale.theirs()), differs, new SimpleBooleanProperty(false)));
                }
            }
        } else {
            for (OverrideField f : OverrideField.values()) {
                rows.add(new Row(f, HistoryWords.field(m, f.auditField()),
                        text(m, regions, f, stale.mineCorrections()), text(m, regions, f, stale.theirsCorrections()),
                        differing.contains(f), new SimpleBooleanProperty(false)));
            }
        }
        Object[] since = {StaleChangeWords.who(m, stale), StaleChangeWords.row(m, stale), StaleChangeWords.when(stale),
                StaleChangeWords.what(m, stale)};
        title = stale.isIndicator() ? m.get("merge.title") : m.get("merge.title.document");
        heading = stale.isIndicator() ? m.format("merge.heading", since) : m.format("merge.heading.document", since);
    }

    private static String text(Messages m, MergeField f, IndicatorSnapshot s) {
        String words = HistoryWords.value(m, AuditEvent.INDICATOR, f.auditField(), f.text(s));
        return words == null ? "—" : words;
    }

    /** The value in effect, as the pane shows it: the region's name and code, the year, the kind in words. */
    private static String text(Messages m, Map<String, Region> regions, OverrideField f, DocumentCorrections c) {
        Object v = c.effective(f);
        if (v == null) {
            return "—";
        }
        return switch (f) {
            case REGION -> {
                Region r = regions.get((String) v);
                yield r == null ? (String) v : r.qualifiedName() + " " + v;
            }
            case YEAR -> String.valueOf(v);
            case KIND -> m.get("kind." + ((DocumentKind) v).id());
        };
    }

    public StaleChange stale() {
        return stale;
    }

    /** The dialog's title: someone changed this indicator, or this report's region, year or kind. */
    public String title() {
        return title;
    }

    /** Who changed the row since, when and what; then what to do. */
    public String heading() {
        return heading;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The row of {@code field}, if shown. */
    public Row row(MergeableField field) {
        return rows.stream().filter(r -> r.field() == field).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(field + " is not shown"));
    }

    /** Picks mine (true) or theirs for a field that differs; a field both versions agree on has no choice. */
    public void pick(MergeableField field, boolean mine) {
        Row r = row(field);
        if (r.differs()) {
            r.takeMine().set(mine);
        }
    }

    /** The fields for which mine is picked: what the merge writes over the stored version. */
    public Set<MergeableField> takeMine() {
        Set<MergeableField> picked = new LinkedHashSet<>();
        rows.stream().filter(r -> r.differs() && r.takeMine().get()).forEach(r -> picked.add(r.field()));
        return picked;
    }
}
