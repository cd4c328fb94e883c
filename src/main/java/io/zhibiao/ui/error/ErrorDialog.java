package io.zhibiao.ui.error;

import io.zhibiao.core.logging.LogRedaction;
import io.zhibiao.ui.common.CopyButton;
import io.zhibiao.ui.common.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Modality;
import javafx.stage.Window;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one dialog for unexpected errors: a short text in the UI language, the stack traces behind "Show
 * details", and a button that copies the diagnostics. While it is open, further errors join it instead of
 * opening dialogs of their own; a repeat of an error whose dialog was closed is only counted in the log.
 * It does not block the window: the analyst may carry on and copy the diagnostics later.
 */
public final class ErrorDialog {
    private final Supplier<Messages> messages;
    private final Supplier<Window> owner;
    private final Function<List<String>, String> diagnostics;
    /** The errors in the open dialog, each with how often it came while the dialog was open. */
    private final Map<String, Shown> shown = new LinkedHashMap<>();
    private Alert alert;
    private TextArea details;

    /**
     * @param diagnostics the diagnostics text for the given one-line summaries of the errors shown
     */
    public ErrorDialog(Supplier<Messages> messages, Supplier<Window> owner,
                       Function<List<String>, String> diagnostics) {
        this.messages = messages;
        this.owner = owner;
        this.diagnostics = diagnostics;
    }

    private record Shown(ReportedError first, int count) {
    }

    /** Shows an error (JavaFX thread). */
    public void report(ReportedError error) {
        if (alert == null) {
            if (!error.firstOfBurst()) {
                return;
            }
            shown.clear();
            shown.put(error.signature(), new Shown(error, 1));
            open();
        } else {
            shown.merge(error.signature(), new Shown(error, 1), (was, again) -> new Shown(was.first(), was.count() + 1));
            refresh();
        }
    }

    public boolean isShowing() {
        return alert != null && alert.isShowing();
    }

    private void open() {
        Messages m = messages.get();
        alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(m.get("error.title"));
        alert.setHeaderText(m.get("error.unexpected.header"));
        alert.initModality(Modality.NONE);
        Window w = owner.get();
        if (w != null && w.isShowing()) {
            alert.initOwner(w);
        }
        details = new TextArea();
        details.setId("error-details");
        details.setEditable(false);
        details.setPrefRowCount(14);
        alert.getDialogPane().setExpandableContent(details);
        // Copying leaves the dialog open, so the analyst can still read the details.
        CopyButton.addTo(alert, m.get("error.unexpected.copy"), m.get("error.unexpected.copied"),
                "error-copy-diagnostics", () -> diagnostics.apply(summaries(null)));
        alert.getDialogPane().setId("error-dialog");
        alert.setOnHidden(e -> {
            alert = null;
            details = null;
            shown.clear();
        });
        refresh();
        alert.show();
    }

    private void refresh() {
        Messages m = messages.get();
        alert.setContentText(m.get("error.unexpected.text") + "\n\n" + String.join("\n", summaries(m)));
        StringBuilder text = new StringBuilder();
        for (Shown e : shown.values()) {
            StringWriter trace = new StringWriter();
            e.first().error().printStackTrace(new PrintWriter(trace));
            text.append(m.format("error.unexpected.thread", e.first().thread(), e.count())).append('\n')
                    .append(LogRedaction.redact(trace.toString())).append('\n');
        }
        details.setText(text.toString());
    }

    /** One line per error; in the UI language when {@code m} is given, else for the diagnostics. */
    private List<String> summaries(Messages m) {
        return shown.values().stream().map(e -> {
            String what = summary(e.first().error());
            if (m == null) {
                return what + " (thread " + e.first().thread() + ", " + e.count() + (e.count() == 1 ? " time)" : " times)");
            }
            return e.count() > 1 ? m.format("error.unexpected.times", what, e.count()) : what;
        }).toList();
    }

    static String summary(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getName() + (message == null ? "" : ": " + LogRedaction.redact(message));
    }
}
