package io.zhibiao.ui.export;

import io.zhibiao.core.export.ExportFormat;
import io.zhibiao.core.export.ExportSheet;
import io.zhibiao.ui.common.Messages;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scope (whole store, current filter, open panes), the filter (see {@link ExportFilterPane}), format (the
 * workbook, the Indicators table as CSV, the tidy CSV for Stata and R) and sheets of an export. Scope, filter
 * and sheets open as the last export left them.
 */
public final class ExportDialog {
    private ExportDialog() {
    }

    public static Optional<ExportOptions> ask(Window owner, Messages m, boolean panesOpen, boolean filtering,
                                              ExportOffer offer) {
        ToggleGroup scope = new ToggleGroup();
        RadioButton all = radio(m.get("export.scope.all"), scope, ExportOptions.Scope.ALL);
        RadioButton filter = radio(m.get("export.scope.filter"), scope, ExportOptions.Scope.FILTER);
        RadioButton panes = radio(m.get("export.scope.panes"), scope, ExportOptions.Scope.PANES);
        filter.setDisable(!filtering);
        panes.setDisable(!panesOpen);
        all.setSelected(true);
        ExportOptions last = offer.last();
        if (last != null) {
            scope.getToggles().stream().filter(t -> t.getUserData() == last.scope() && !((RadioButton) t).isDisabled())
                    .findFirst().ifPresent(t -> t.setSelected(true));
        }
        ExportFilterPane filterPane = new ExportFilterPane(m, offer);
        Map<ExportSheet, CheckBox> sheets = new EnumMap<>(ExportSheet.class);
        VBox sheetBoxes = new VBox(4);
        for (ExportSheet s : ExportSheet.values()) {
            CheckBox box = new CheckBox(m.get("export.sheet." + s.name().toLowerCase(java.util.Locale.ROOT)));
            box.setSelected(last == null || last.sheets().contains(s));
            sheets.put(s, box);
            sheetBoxes.getChildren().add(box);
        }
        ToggleGroup format = new ToggleGroup();
        VBox formats = new VBox(4);
        for (ExportFormat f : ExportFormat.values()) {
            RadioButton r = new RadioButton(m.get("export.format." + f.name().toLowerCase(java.util.Locale.ROOT)));
            r.setId("export-format-" + f.name().toLowerCase(java.util.Locale.ROOT));
            r.setToggleGroup(format);
            r.setUserData(f);
            r.setSelected(f == ExportFormat.XLSX);
            formats.getChildren().add(r);
        }
        // the sheets are the workbook's; either CSV writes a table of its own
        format.selectedToggleProperty().addListener((o, a, on) ->
                sheetBoxes.setDisable(on != null && on.getUserData() != ExportFormat.XLSX));
        VBox content = new VBox(8, new Label(m.get("export.scope")), all, filter, panes, filterPane,
                new Label(m.get("export.format")), formats, new Label(m.get("export.sheets")), sheetBoxes);
        Dialog<ExportOptions> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("export.title"));
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            Set<ExportSheet> chosen = EnumSet.noneOf(ExportSheet.class);
            sheets.forEach((s, box) -> {
                if (box.isSelected()) {
                    chosen.add(s);
                }
            });
            return new ExportOptions((ExportOptions.Scope) scope.getSelectedToggle().getUserData(),
                    chosen.isEmpty() ? ExportSheet.all() : chosen, (ExportFormat) format.getSelectedToggle().getUserData(),
                    filterPane.filter());
        });
        return d.showAndWait();
    }

    private static RadioButton radio(String text, ToggleGroup group, ExportOptions.Scope scope) {
        RadioButton r = new RadioButton(text);
        r.setToggleGroup(group);
        r.setUserData(scope);
        return r;
    }
}
