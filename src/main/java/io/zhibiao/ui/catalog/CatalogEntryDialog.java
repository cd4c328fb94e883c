package io.zhibiao.ui.catalog;

import io.zhibiao.core.extract.catalog.CatalogEntry;
import io.zhibiao.core.model.Measure;
import io.zhibiao.ui.common.Messages;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The form of one indicator: code (fixed once it exists), Chinese and English names, aliases one a line,
 * category, measures and the units its levels come in. The catalog checks the result when it is applied.
 */
public final class CatalogEntryDialog extends Dialog<CatalogEntry> {
    private final TextField code = field("catalog-form-code");
    private final TextField nameZh = field("catalog-form-name-zh");
    private final TextField nameEn = field("catalog-form-name-en");
    private final TextArea aliases = new TextArea();
    private final TextField category = field("catalog-form-category");
    private final TextField units = field("catalog-form-units");
    private final Map<Measure, CheckBox> measures = new EnumMap<>(Measure.class);

    private CatalogEntryDialog(Window owner, Messages m, CatalogEntry entry) {
        initOwner(owner);
        setTitle(m.get(entry == null ? "catalog.add.title" : "catalog.edit.title"));
        aliases.setId("catalog-form-aliases");
        aliases.setPrefRowCount(4);
        HBox measureBoxes = new HBox(8);
        for (Measure x : Measure.values()) {
            CheckBox box = new CheckBox(m.get("measure." + x.id()));
            box.setId("catalog-form-measure-" + x.id());
            measures.put(x, box);
            measureBoxes.getChildren().add(box);
        }
        if (entry != null) {
            code.setText(entry.code());
            code.setDisable(true);
            nameZh.setText(entry.nameZh());
            nameEn.setText(entry.nameEn());
            aliases.setText(String.join("\n", entry.aliases()));
            category.setText(entry.category());
            entry.measures().forEach(x -> measures.get(x).setSelected(true));
            units.setText(String.join(" ", entry.typicalUnits()));
        } else {
            measures.get(Measure.LEVEL).setSelected(true);
        }
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(m.get("catalog.column.code")), code);
        grid.addRow(1, new Label(m.get("catalog.column.nameZh")), nameZh);
        grid.addRow(2, new Label(m.get("catalog.column.nameEn")), nameEn);
        grid.addRow(3, new Label(m.get("catalog.form.aliases")), aliases);
        grid.addRow(4, new Label(m.get("catalog.form.category")), category);
        grid.addRow(5, new Label(m.get("catalog.column.measures")), measureBoxes);
        grid.addRow(6, new Label(m.get("catalog.form.units")), units);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(b -> b == ButtonType.OK ? entry() : null);
    }

    /** Shows the form for a new indicator (entry null) or to edit one; empty when cancelled. */
    public static Optional<CatalogEntry> show(Window owner, Messages m, CatalogEntry entry) {
        return new CatalogEntryDialog(owner, m, entry).showAndWait();
    }

    private CatalogEntry entry() {
        Set<Measure> chosen = EnumSet.noneOf(Measure.class);
        measures.forEach((x, box) -> {
            if (box.isSelected()) {
                chosen.add(x);
            }
        });
        List<String> aliasList = Arrays.stream(aliases.getText().split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList();
        Set<String> unitSet = new LinkedHashSet<>(Arrays.stream(units.getText().split("[\\s|、,，]+"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList());
        return new CatalogEntry(code.getText().strip(), nameZh.getText().strip(), nameEn.getText().strip(), aliasList,
                category.getText().strip(), Collections.unmodifiableSet(chosen), Collections.unmodifiableSet(unitSet));
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }
}
