package io.zhibiao.ui.review;

import io.zhibiao.core.store.AuditEvent;
import io.zhibiao.ui.common.Messages;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/** The audit trail of one indicator: who changed what, when, from which value to which. */
public final class HistoryDialog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private HistoryDialog() {
    }

    public static void show(Window owner, Messages m, List<AuditEvent> events) {
        TableView<AuditEvent> table = new TableView<>();
        table.getItems().setAll(events);
        table.setPrefSize(760, 360);
        table.getColumns().add(column(m.get("history.when"), e -> TIME.format(e.occurredAt()), 150));
        table.getColumns().add(column(m.get("history.who"), AuditEvent::analyst, 90));
        table.getColumns().add(column(m.get("history.action"), e -> HistoryWords.action(m, e), 90));
        table.getColumns().add(column(m.get("history.field"), e -> HistoryWords.field(m, e), 100));
        table.getColumns().add(column(m.get("history.old"), e -> HistoryWords.value(m, e, e.oldValue()), 150));
        table.getColumns().add(column(m.get("history.new"), e -> HistoryWords.value(m, e, e.newValue()), 150));
        table.setPlaceholder(new javafx.scene.control.Label(m.get("history.empty")));
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("history.title"));
        d.getDialogPane().setContent(table);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.show();
    }

    private static TableColumn<AuditEvent, String> column(String title, Function<AuditEvent, String> f, double w) {
        TableColumn<AuditEvent, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        c.setPrefWidth(w);
        return c;
    }
}
