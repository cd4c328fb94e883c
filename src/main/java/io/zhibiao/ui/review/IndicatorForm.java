package io.zhibiao.ui.review;

import io.zhibiao.core.extract.catalog.CatalogEntry;
import io.zhibiao.core.extract.catalog.IndicatorCatalog;
import io.zhibiao.core.model.Basis;
import io.zhibiao.core.model.IndicatorValue;
import io.zhibiao.core.model.Measure;
import io.zhibiao.core.model.Qualifier;
import io.zhibiao.core.model.Scope;
import io.zhibiao.core.model.ValueKind;
import io.zhibiao.ui.common.Messages;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.controlsfx.control.textfield.TextFields;

import java.util.List;

/**
 * The fields of one indicator, for a correction or for an indicator the engine missed. The code field
 * completes from the catalog ("GDP 地区生产总值"); choosing one fills the name when it is empty.
 */
final class IndicatorForm extends GridPane {
    final TextField code = new TextField();
    final TextField name = new TextField();
    final ComboBox<Measure> measure = new ComboBox<>();
    final ComboBox<ValueKind> kind = new ComboBox<>();
    final TextField year = new TextField();
    final TextField value = new TextField();
    final TextField unit = new TextField();
    final ComboBox<Qualifier> qualifier = new ComboBox<>();
    final TextField low = new TextField();
    final TextField high = new TextField();
    final CheckBox stretch = new CheckBox();
    final CheckBox estimated = new CheckBox();
    final CheckBox qualitative = new CheckBox();
    final ComboBox<Basis> basis = new ComboBox<>();
    final TextField periodFrom = new TextField();
    final TextField periodTo = new TextField();
    final ComboBox<Scope> scope = new ComboBox<>();
    final TextField scopeName = new TextField();
    private final IndicatorValue original;

    IndicatorForm(Messages m, IndicatorCatalog catalog, IndicatorValue v) {
        this.original = v;
        setHgap(10);
        setVgap(8);
        code.setId("form-code");
        value.setId("form-value");
        unit.setId("form-unit");
        year.setId("form-year");
        List<String> suggestions = catalog.entries().stream().map(e -> e.code() + " " + e.nameZh()).toList();
        TextFields.bindAutoCompletion(code, suggestions).setOnAutoCompleted(e -> {
            String picked = e.getCompletion();
            String c = picked.substring(0, picked.indexOf(' '));
            code.setText(c);
            if (name.getText().isBlank()) {
                name.setText(catalog.byCode(c).map(CatalogEntry::nameZh).orElse(""));
            }
        });
        measure.getItems().addAll(Measure.values());
        kind.getItems().addAll(ValueKind.values());
        qualifier.getItems().addAll(Qualifier.values());
        measure.setConverter(Converters.of(x -> m.get("measure." + x.id())));
        kind.setConverter(Converters.of(x -> m.get("valuekind." + x.id())));
        qualifier.setConverter(Converters.of(x -> x.symbol() + " " + m.get("qualifier." + x.id())));
        basis.getItems().addAll(Basis.values());
        basis.setConverter(Converters.of(x -> m.get("basis." + x.id())));
        scope.getItems().addAll(Scope.values());
        scope.setConverter(Converters.of(x -> m.get("scope." + x.id())));
        basis.setId("form-basis");
        scope.setId("form-scope");

        code.setText(nz(v.code()));
        name.setText(nz(v.name()));
        measure.setValue(v.measure());
        kind.setValue(v.kind());
        year.setText(v.year() == null ? "" : v.year().toString());
        value.setText(Numbers.text(v.value()));
        unit.setText(nz(v.unit()));
        qualifier.setValue(v.qualifier() == null ? Qualifier.EQ : v.qualifier());
        low.setText(Numbers.text(v.low()));
        high.setText(Numbers.text(v.high()));
        stretch.setSelected(v.stretch());
        estimated.setSelected(v.estimated());
        qualitative.setSelected(v.qualitative());
        basis.setValue(v.basis());
        periodFrom.setText(v.periodFrom() == null ? "" : v.periodFrom().toString());
        periodTo.setText(v.periodTo() == null ? "" : v.periodTo().toString());
        scope.setValue(v.scope());
        scopeName.setText(nz(v.scopeName()));

        int r = 0;
        addRow(r++, new Label(m.get("table.code")), code);
        addRow(r++, new Label(m.get("table.name")), name);
        addRow(r++, new Label(m.get("table.measure")), measure);
        addRow(r++, new Label(m.get("table.kind")), kind);
        addRow(r++, new Label(m.get("table.year")), year);
        addRow(r++, new Label(m.get("table.value")), value);
        addRow(r++, new Label(m.get("table.unit")), unit);
        addRow(r++, new Label(m.get("table.qualifier")), qualifier);
        addRow(r++, new Label(m.get("form.low")), low);
        addRow(r++, new Label(m.get("form.high")), high);
        addRow(r++, new Label(m.get("form.stretch")), stretch);
        addRow(r++, new Label(m.get("form.estimated")), estimated);
        addRow(r++, new Label(m.get("form.qualitative")), qualitative);
        addRow(r++, new Label(m.get("form.basis")), basis);
        addRow(r++, new Label(m.get("form.periodFrom")), periodFrom);
        addRow(r++, new Label(m.get("form.periodTo")), periodTo);
        addRow(r++, new Label(m.get("form.scope")), scope);
        addRow(r, new Label(m.get("form.scopeName")), scopeName);
    }

    /** The edited value; throws IllegalArgumentException with the field's name for unreadable input. */
    IndicatorValue read(Messages m) {
        Double v = Numbers.parse(value.getText(), m.get("table.value"));
        Integer y = year.getText().isBlank() ? null : Numbers.parseYear(year.getText(), m.get("table.year"));
        Double lo = Numbers.parse(low.getText(), m.get("form.low"));
        Double hi = Numbers.parse(high.getText(), m.get("form.high"));
        Integer from = periodFrom.getText().isBlank() ? null : Numbers.parseYear(periodFrom.getText(), m.get("form.periodFrom"));
        Integer to = periodTo.getText().isBlank() ? null : Numbers.parseYear(periodTo.getText(), m.get("form.periodTo"));
        boolean unitOrValueChanged = !java.util.Objects.equals(v, original.value())
                || !java.util.Objects.equals(blankToNull(unit.getText()), original.unit());
        return new IndicatorValue(blankToNull(code.getText()), blankToNull(name.getText()), measure.getValue(),
                kind.getValue(), y, v, blankToNull(unit.getText()),
                // Let the review service normalise again when the value or unit was changed.
                unitOrValueChanged ? null : original.normalizedValue(),
                unitOrValueChanged ? null : original.normalizedUnit(),
                qualifier.getValue(), lo, hi, stretch.isSelected(), estimated.isSelected(), qualitative.isSelected(),
                original.start(), original.end(), original.sentence(), original.confidence(),
                basis.getValue(), from, to, scope.getValue(), blankToNull(scopeName.getText()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
