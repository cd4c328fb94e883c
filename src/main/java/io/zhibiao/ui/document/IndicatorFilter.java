package io.zhibiao.ui.document;

import io.zhibiao.core.model.ValueKind;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.Tag;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The pane table's filter: by review status, target/actual, tag, and catalog indicators only. */
public final class IndicatorFilter {
    /** Empty means every status. */
    private final ObservableSet<ReviewStatus> statuses = FXCollections.observableSet();
    private final ObjectProperty<ValueKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<String> tag = new SimpleObjectProperty<>();
    private final BooleanProperty catalogOnly = new SimpleBooleanProperty();
    /** Not a filter but the order: rows the engine is least sure of first. */
    private final BooleanProperty doubtfulFirst = new SimpleBooleanProperty();

    public Predicate<StoredIndicator> predicate(Map<Long, List<Tag>> tags) {
        java.util.Set<ReviewStatus> wantedStatuses = java.util.Set.copyOf(statuses);
        ValueKind k = kind.get();
        String t = tag.get();
        boolean catalog = catalogOnly.get();
        return i -> (wantedStatuses.isEmpty() || wantedStatuses.contains(i.status()))
                && (k == null || k == i.value().kind())
                && (t == null || tags.getOrDefault(i.id(), List.of()).stream().anyMatch(x -> x.name().equals(t)))
                && (!catalog || i.value().code() != null);
    }

    /** Called whenever any part of the filter changes. */
    public void onChange(Runnable r) {
        statuses.addListener((javafx.collections.SetChangeListener<ReviewStatus>) c -> r.run());
        kind.addListener((o, a, b) -> r.run());
        tag.addListener((o, a, b) -> r.run());
        catalogOnly.addListener((o, a, b) -> r.run());
    }

    public ObservableSet<ReviewStatus> statuses() {
        return statuses;
    }

    public ObjectProperty<ValueKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<String> tagProperty() {
        return tag;
    }

    public BooleanProperty doubtfulFirstProperty() {
        return doubtfulFirst;
    }

    public BooleanProperty catalogOnlyProperty() {
        return catalogOnly;
    }
}
