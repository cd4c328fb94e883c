package io.zhibiao.ui.main;

import io.zhibiao.core.compare.Observation;
import io.zhibiao.core.compare.TargetActualPair;
import io.zhibiao.core.compare.TargetActualPairing;
import io.zhibiao.core.model.Region;
import io.zhibiao.core.store.DocumentSummary;
import io.zhibiao.core.store.StoredIndicator;
import io.zhibiao.ui.AppContext;
import io.zhibiao.ui.common.Messages;
import io.zhibiao.ui.common.Tasks;
import io.zhibiao.ui.review.Converters;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.controlsfx.control.SearchableComboBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Target versus actual for one region: the target of year T (from the year-T report) next to the
 * actual of year T (from the T+1 report or a completion report), with met / missed / no data.
 */
final class TargetActualTab {
    private final AppContext context;
    /** The catalog whose names the table shows, read with the rows (the analyst's indicators included). */
    private volatile io.zhibiao.core.extract.catalog.IndicatorCatalog names = io.zhibiao.core.pipeline.BundledData.catalog();
    private final Messages m;
    private final SearchableComboBox<String> region = new SearchableComboBox<>();
    private final TableView<TargetActualPair> table = new TableView<>();
    private final BorderPane content;
    private final Label hint = new Label();

    /** Fills {@code tab} (made before this view, which is built only when the tab is first shown). */
    TargetActualTab(AppContext context, PaneArea panes, Tab tab) {
        this.context = context;
        this.m = context.messages();
        io.zhibiao.ui.common.SearchPrompt.set(region, m);
        region.setConverter(Converters.of(code -> {
            Region r = context.regions().get(code);
            return r != null ? r.qualifiedName() : code;
        }));
        region.setPrefWidth(260);
        region.valueProperty().addListener((o, a, code) -> load(code));
        table.setPlaceholder(new Label(m.get("targets.empty")));
        table.getColumns().add(column(m.get("table.name"), p -> names.byCode(p.key().code())
                .map(e -> e.nameZh()).orElse(p.key().code()), 160));
        table.getColumns().add(column(m.get("table.measure"), p -> m.get("measure." + p.key().measure().id()), 60));
        table.getColumns().add(column(m.get("table.year"), p -> String.valueOf(p.key().year()), 55));
        table.getColumns().add(column(m.get("targets.target"), p -> value(p.target()), 90));
        table.getColumns().add(column(m.get("targets.stretch"), p -> value(p.stretchTarget()), 90));
        table.getColumns().add(column(m.get("targets.actual"), p -> value(p.actual()), 90));
        table.getColumns().add(column(m.get("targets.difference"), p -> p.difference() == null ? ""
                : io.zhibiao.core.compare.AlignedTable.ValueFormat.plain(Math.round(p.difference() * 100) / 100.0), 80));
        table.getColumns().add(column(m.get("targets.outcome"), p -> m.get("outcome." + p.outcome().id()), 90));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(TargetActualPair p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().removeIf(c -> c.startsWith("outcome-"));
                if (!empty && p != null) {
                    getStyleClass().add("outcome-" + p.outcome().id());
                }
            }
        });
        content = new BorderPane(table);
        HBox bar = new HBox(8, new Label(m.get("pane.region")), region);
        bar.getStyleClass().add("filter-bar");
        content.setTop(bar);
        hint.setId("targets-hint");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        hint.managedProperty().bind(hint.textProperty().isNotEmpty());
        content.setBottom(hint);
        tab.setContent(content);
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected()) {
                refreshRegions(panes);
            }
        });
        if (tab.isSelected()) {
            refreshRegions(panes);
        }
    }

    BorderPane content() {
        return content;
    }

    /** Offers the regions that have reports; starts on the region of the first open pane. */
    private void refreshRegions(PaneArea panes) {
        Tasks.run(context.tasks(), this::regionCodes, codes -> {
            region.getItems().setAll(codes);
            if (region.getValue() == null && !panes.panes().isEmpty()) {
                var doc = panes.panes().get(0).model().documentProperty().get();
                region.setValue(doc != null ? doc.effectiveRegionCode() : null);
            } else if (region.getValue() != null) {
                load(region.getValue());
            }
        });
    }

    private List<String> regionCodes() {
        return context.store().documents().effectiveRegionCodes();
    }

    private void load(String code) {
        if (code == null) {
            table.getItems().clear();
            hint.setText("");
            return;
        }
        Tasks.run(context.tasks(), () -> {
            names = context.catalog();
            return pairsOf(code);
        }, loaded -> {
            table.getItems().setAll(loaded.pairs());
            Region r = context.regions().get(code);
            hint.setText(PairingHint.text(m, r != null ? r.name() : code, loaded.reportYears(),
                    loaded.pairs().stream().anyMatch(p -> p.decidingTarget() != null && p.actual() != null)));
        });
    }

    private Loaded pairsOf(String code) {
        List<Observation> observations = new ArrayList<>();
        java.util.Set<Integer> years = new java.util.TreeSet<>();
        for (DocumentSummary d : context.store().documents().listByRegion(code)) {
            if (d.effectiveYear() != null) {
                years.add(d.effectiveYear());
            }
            for (StoredIndicator i : context.store().indicators().findByDocument(d.id())) {
                observations.add(Observation.of(i, d, false));
            }
        }
        return new Loaded(TargetActualPairing.pair(observations), years);
    }

    private record Loaded(List<TargetActualPair> pairs, java.util.Set<Integer> reportYears) {
    }

    private String value(Observation o) {
        if (o == null) {
            return "";
        }
        if (o.value() == null) {
            return m.get("targets.qualitative");
        }
        String prefix = o.qualifier() == null ? "" : switch (o.qualifier()) {
            case GE -> "≥";
            case LE -> "≤";
            case APPROX -> "≈";
            default -> "";
        };
        return prefix + io.zhibiao.core.compare.AlignedTable.ValueFormat.plain(o.value()) + (o.unit() == null ? "" : o.unit());
    }

    private static TableColumn<TargetActualPair, String> column(String title, Function<TargetActualPair, String> f,
                                                              double width) {
        TableColumn<TargetActualPair, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
