package io.zhibiao.ui.document;

import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.ui.common.Messages;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.function.Function;

/** The indicators of one document, sortable by every column. */
public final class IndicatorTable extends TableView<StoredIndicator> {

    public IndicatorTable(Messages m, ObservableList<StoredIndicator> rows) {
        SortedList<StoredIndicator> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        getStyleClass().add("indicator-table");
        setPlaceholder(new Label(m.get("table.empty")));
        getColumns().add(column(m.get("table.name"), v -> v.value().name(), 150));
        getColumns().add(column(m.get("table.code"), v -> v.value().code(), 90));
        getColumns().add(column(m.get("table.measure"),
                v -> v.value().measure() == null ? null : m.get("measure." + v.value().measure().id()), 60));
        getColumns().add(column(m.get("table.kind"),
                v -> v.value().kind() == null ? null : m.get("valuekind." + v.value().kind().id()), 60));
        getColumns().add(column(m.get("table.year"), v -> v.value().year(), 55));
        getColumns().add(column(m.get("table.value"), v -> ValueText.of(v.value()), 80));
        getColumns().add(column(m.get("table.unit"), v -> v.value().unit(), 55));
        getColumns().add(column(m.get("table.qualifier"),
                v -> v.value().qualifier() == null ? null : v.value().qualifier().symbol()
                        + (v.value().stretch() ? " 力争" : "") + (v.value().estimated() ? " 预计" : ""), 70));
        getColumns().add(column(m.get("table.status"), v -> m.get("status." + v.status().id()), 70));
    }

    private static <T extends Comparable<? super T>> TableColumn<StoredIndicator, T> column(
            String title, Function<StoredIndicator, T> value, double width) {
        TableColumn<StoredIndicator, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** The value as a reader expects it: a range as low–high, nothing for a qualitative target. */
    static final class ValueText {
        private ValueText() {
        }

        static Double sortKey(IndicatorValue v) {
            return v.value();
        }

        static String of(IndicatorValue v) {
            if (v.qualitative() || v.value() == null) {
                return "—";
            }
            if (v.low() != null && v.high() != null && !v.low().equals(v.high())) {
                return plain(v.low()) + "–" + plain(v.high());
            }
            return plain(v.value());
        }

        private static String plain(double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d)
                    : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
    }
}
