package io.zhibiao.ui.settings;

import io.zhibiao.core.settings.Settings;
import io.zhibiao.ui.common.Messages;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.Locale;
import java.util.Optional;

/** Analyst name (written into the audit history), UI language and how many backups to keep. */
public final class SettingsDialog extends Dialog<ButtonType> {
    private final TextField analyst = new TextField();
    private final ComboBox<Locale> language = new ComboBox<>();
    private final Spinner<Integer> backupsToKeep = new Spinner<>(1, Settings.MAX_BACKUPS_TO_KEEP, 1);

    /** @param teamUser on a team store, the database user changes are recorded under instead of the name */
    public SettingsDialog(Window owner, Messages m, Settings settings, Optional<String> teamUser) {
        initOwner(owner);
        setTitle(m.get("settings.title"));
        analyst.setText(teamUser.orElse(settings.analyst()));
        analyst.setDisable(teamUser.isPresent());
        analyst.setId("settings-analyst");
        language.getItems().addAll(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
        language.setValue(settings.language());
        language.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return l == null ? "" : ("zh".equals(l.getLanguage()) ? "中文" : "English");
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        });
        backupsToKeep.setId("settings-backups-keep");
        backupsToKeep.setEditable(true);
        backupsToKeep.getValueFactory().setValue(settings.backupsToKeep());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, new Label(m.get("settings.analyst")), analyst);
        grid.addRow(1, new Label(m.get("settings.language")), language);
        grid.addRow(2, new Label(m.get("settings.backupsToKeep")), backupsToKeep);
        if (teamUser.isPresent()) {
            Label note = new Label(m.get("settings.analyst.teamStore"));
            note.setWrapText(true);
            note.setMaxWidth(360);
            grid.add(note, 0, 3, 2, 1);
        }
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    }

    /** The number in the spinner's field, also when typed without Enter; text that is no number keeps the value. */
    private int typedBackupsToKeep() {
        try {
            int typed = Integer.parseInt(backupsToKeep.getEditor().getText().strip());
            return Math.max(1, Math.min(Settings.MAX_BACKUPS_TO_KEEP, typed));
        } catch (NumberFormatException e) {
            return backupsToKeep.getValue();
        }
    }

    /** Shows the dialog; on OK stores the values and returns whether the language changed. */
    public static Optional<Boolean> edit(Window owner, Messages m, Settings settings, Optional<String> teamUser) {
        SettingsDialog d = new SettingsDialog(owner, m, settings, teamUser);
        Optional<ButtonType> answer = d.showAndWait();
        if (answer.isEmpty() || answer.get() != ButtonType.OK) {
            return Optional.empty();
        }
        Locale before = settings.language();
        if (teamUser.isEmpty()) {
            settings.setAnalyst(d.analyst.getText());
        }
        settings.setLanguage(d.language.getValue());
        settings.setBackupsToKeep(d.typedBackupsToKeep());
        settings.save();
        return Optional.of(!before.getLanguage().equals(d.language.getValue().getLanguage()));
    }
}
