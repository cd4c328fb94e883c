package io.zhibiao.ui.document;

import io.zhibiao.core.compare.AlignedTable;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.store.ReviewStatus;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.core.store.Tag;
import io.zhibiao.ui.common.Messages;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/** The indicators of one document: sortable by every column, several rows selectable for bulk actions. */
public final class IndicatorTable extends TableView<StoredIndicator> {
    private static final Map<ReviewStatus, PseudoClass> STATUS_STATES = new EnumMap<>(ReviewStatus.class);

    static {
        for (ReviewStatus status : ReviewStatus.values()) {
            STATUS_STATES.put(status, PseudoClass.getPseudoClass(status.id()));
        }
    }

    private final TableColumn<StoredIndicator, Double> confidence;

    public IndicatorTable(Messages m, ObservableList<StoredIndicator> rows,
                          ReadOnlyObjectProperty<Map<Long, List<Tag>>> tags) {
        SortedList<StoredIndicator> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        getStyleClass().add("indicator-table");
        // Every row is one line, as tall as a table cell (2em in the default stylesheet): a fixed size
        // spares measuring each row as the table fills, which is most of the time to show a pane.
        setStyle("-fx-fixed-cell-size: 2em;");
        setPlaceholder(new Label(m.get("table.empty")));
        setTableMenuButtonVisible(true);
        // The value right after the name: a pane a quarter of a 1600-pixel window wide shows these two.
        getColumns().add(column(m, "name", v -> v.value().name(), 150));
        getColumns().add(keyed("value", valueColumn(m.get("table.value"))));
        getColumns().add(column(m, "unit", v -> v.value().unit(), 55));
        getColumns().add(column(m, "qualifier",
                v -> v.value().qualifier() == null ? null : v.value().qualifier().symbol()
                        + (v.value().stretch() ? " " + m.get("form.stretch") : "")
                        + (v.value().estimated() ? " " + m.get("form.estimated") : ""), 70));
        getColumns().add(column(m, "status", v -> m.get("status." + v.status().id()),
                widestOf(java.util.Arrays.stream(ReviewStatus.values()).map(st -> m.get("status." + st.id())).toList())));
        getColumns().add(column(m, "kind",
                v -> v.value().kind() == null ? null : m.get("valuekind." + v.value().kind().id()), 60));
        getColumns().add(column(m, "year", v -> v.value().year(), 55));
        getColumns().add(column(m, "reference", v -> ReferenceText.of(v.value(), m), 80));
        getColumns().add(column(m, "code", v -> v.value().code(), 90));
        getColumns().add(column(m, "measure",
                v -> v.value().measure() == null ? null : m.get("measure." + v.value().measure().id()), 60));
        getColumns().add(keyed("tags", tagColumn(m.get("table.tags"), tags)));
        getColumns().add(column(m, "note", StoredIndicator::note, 120));
        confidence = column(m, "confidence", v -> Math.round(v.value().confidence() * 100) / 100.0, 60);
        getColumns().add(confidence);
        // The review status is a pseudo-class, not a style class: a row that is reused for another indicator
        // or re-shown after a review only changes state, where a changed style class would have the row and
        // its cells looked up in the whole stylesheet again.
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(StoredIndicator item, boolean empty) {
                super.updateItem(item, empty);
                ReviewStatus shown = empty || item == null ? null : item.status();
                STATUS_STATES.forEach((status, state) -> pseudoClassStateChanged(state, status == shown));
            }
        });
        tags.addListener((o, a, b) -> refresh());
    }

    /** Sorts the rows by the engine's confidence, least sure first ("doubtful first"), or back as they were. */
    public void doubtfulFirst(boolean on) {
        getSortOrder().remove(confidence);
        if (on) {
            confidence.setSortType(TableColumn.SortType.ASCENDING);
            getSortOrder().add(0, confidence);
        }
    }

    private static <C extends TableColumn<StoredIndicator, ?>> C keyed(String key, C column) {
        column.setUserData(key);
        return column;
    }

    /** The keys of the columns hidden now ("code", "note"...). */
    public Set<String> hiddenColumns() {
        Set<String> hidden = new TreeSet<>();
        getColumns().stream().filter(c -> !c.isVisible()).forEach(c -> hidden.add((String) c.getUserData()));
        return hidden;
    }

    /**
     * Hides the columns with these keys and shows the others. Hidden columns are not built at all: every
     * row's cell in every column is styled when the row first shows, whether it is scrolled into view or not.
     */
    public void showAllBut(Set<String> hidden) {
        getColumns().forEach(c -> c.setVisible(!hidden.contains((String) c.getUserData())));
    }

    /** Called with the hidden columns' keys when the analyst shows or hides one in the column menu. */
    public void setOnColumnsChanged(Consumer<Set<String>> onChange) {
        getColumns().forEach(c -> c.visibleProperty().addListener((o, was, now) -> onChange.accept(hiddenColumns())));
    }

    /** Values sort as numbers (a string sort would put 12 before 8); ranges show low–high. */
    private static TableColumn<StoredIndicator, IndicatorValue> valueColumn(String title) {
        TableColumn<StoredIndicator, IndicatorValue> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().value()));
        c.setComparator(Comparator.comparing(IndicatorValue::value, Comparator.nullsFirst(Comparator.naturalOrder())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(IndicatorValue v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : valueText(v));
            }
        });
        // Not 80, the default width: a column left at the default is sized to its content when the table
        // first shows rows, which measures every row's cell (a quarter of the time to open a pane).
        c.setPrefWidth(84);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    static String valueText(IndicatorValue v) {
        if (v.qualitative() || v.value() == null) {
            return "—";
        }
        if (v.low() != null && v.high() != null && !v.low().equals(v.high())) {
            return AlignedTable.ValueFormat.plain(v.low()) + "–" + AlignedTable.ValueFormat.plain(v.high());
        }
        return AlignedTable.ValueFormat.plain(v.value());
    }

    private static TableColumn<StoredIndicator, String> tagColumn(String title,
                                                                 ReadOnlyObjectProperty<Map<Long, List<Tag>>> tags) {
        TableColumn<StoredIndicator, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(String.join(" ",
                tags.get().getOrDefault(cd.getValue().id(), List.of()).stream().map(Tag::name).toList())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(null);
                List<Tag> tagged = empty || getTableRow() == null || getTableRow().getItem() == null ? List.of()
                        : tags.get().getOrDefault(getTableRow().getItem().id(), List.of());
                // Most rows have no tag: no empty box for them, it would only be one more node to style.
                if (tagged.isEmpty()) {
                    setGraphic(null);
                    return;
                }
                HBox chips = new HBox(3);
                for (Tag t : tagged) {
                    Label chip = new Label(t.name());
                    chip.getStyleClass().add("tag-chip");
                    chip.setStyle("-fx-background-color: " + (t.color() != null ? t.color() : "#868e96") + ";");
                    chips.getChildren().add(chip);
                }
                setGraphic(chips);
            }
        });
        c.setPrefWidth(110);
        return c;
    }

    /**
     * A column width that shows the longest of these words whole ("unreviewed", not "unrevie…"), measured
     * in the table's font size (zhibiao.css: 13px) plus a cell's padding.
     */
    private static double widestOf(List<String> words) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(javafx.scene.text.Font.font(13));
        double widest = 0;
        for (String w : words) {
            probe.setText(w);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest) + 24;
    }

    private static <T extends Comparable<? super T>> TableColumn<StoredIndicator, T> column(
            Messages m, String key, Function<StoredIndicator, T> value, double width) {
        TableColumn<StoredIndicator, T> c = keyed(key, new TableColumn<>(m.get("table." + key)));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
