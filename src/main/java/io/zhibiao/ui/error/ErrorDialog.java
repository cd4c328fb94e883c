package io.zhibiao.ui.error;

import io.zhibiao.core.logging.LogRedaction;
import io.zhibiao.ui.common.Messages;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
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
        ButtonType copy = new ButtonType(m.get("error.unexpected.copy"), ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().setAll(copy, ButtonType.CLOSE);
        Button copyButton = (Button) alert.getDialogPane().lookupButton(copy);
        copyButton.setId("error-copy-diagnostics");
        // The button bar gives its buttons one width, fixed when first laid out: "copied" must fit.
        ButtonBar.setButtonUniformSize(copyButton, false);
        copyButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        copyButton.addEventFilter(ActionEvent.ACTION, e -> {
            // Copying leaves the dialog open, so the analyst can still read the details.
            e.consume();
            ClipboardContent content = new ClipboardContent();
            content.putString(diagnostics.apply(summaries(null)));
            Clipboard.getSystemClipboard().setContent(content);
            copyButton.setText(m.get("error.unexpected.copied"));
        });
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
